// The embeds (/embed/stories/{slug}, /embed/claims/{id}) as whole HTML
// documents: no JavaScript, no external request but the links back, styles
// inline, RTL or LTR by the embed's language. Built as strings rather than
// React: a route handler returns them whole, and nothing of Next's runtime
// comes along. Every stored text goes through `text` (escaped, bidi controls
// removed) and is isolated with <bdi>/dir="auto" so names in another script
// cannot reorder a line.
import { claimGist, type ClaimCard, type LinkedClaim } from "@/lib/reader/claim-card";
import { absoluteUrl, claimPath, storyPath } from "@/lib/reader/paths";
import type { TimelineNode } from "@/lib/reader/timeline";
import { VERDICT_GLYPHS, verdictShape } from "@/lib/reader/verdict-mark";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { formatGap } from "@/lib/i18n/format-gap";
import { localizedLabel, localizedName, localizedTitle } from "@/lib/i18n/localized-name";
import { translator, type Translate } from "@/lib/i18n/messages";
import type { Locale, Preferences } from "@/lib/i18n/preferences";
import { xmlText as text } from "@/lib/text/xml";
import type { LinkType } from "@/lib/vocabulary";

/** How much of a verdict's reasoning an embed shows: its first line, in effect. */
const REASON_LENGTH = 160;

type Context = { prefs: Preferences; t: Translate };

const contextFor = (locale: Locale): Context => ({ prefs: { locale, calendar: "gregory", digits: "latn" }, t: translator(locale) });

const when = (claim: { saidAt: Date; saidAtPrecision: ClaimCard["saidAtPrecision"] }, { prefs }: Context) =>
  `<time datetime="${claim.saidAt.toISOString()}">${text(formatClaimTime(claim.saidAt, claim.saidAtPrecision, prefs))}</time>`;

const name = (record: { name: string; nameEn?: string | null }, { prefs }: Context) => `<bdi>${text(localizedName(record, prefs.locale))}</bdi>`;

/** The verdict first: its shape and label in its colour, then the one-line reason. */
function verdictLine(claim: Pick<ClaimCard, "verdict" | "verdictReasoning">, { prefs }: Context) {
  if (!claim.verdict) return "";
  const reason = claim.verdictReasoning ? claimGist({ text: claim.verdictReasoning, summary: null }, REASON_LENGTH) : "";
  return `<p class="verdict" style="--verdict:${text(claim.verdict.color)}" data-verdict="${text(claim.verdict.key)}">`
    + `<span class="mark" aria-hidden="true">${VERDICT_GLYPHS[verdictShape(claim.verdict)]}</span>`
    + `<strong>${text(localizedLabel(claim.verdict, prefs.locale))}</strong>`
    + (reason ? ` <span class="reason" dir="auto">${text(reason)}</span>` : "")
    + `</p>`;
}

/** كويت نيوز نقلًا عن رويترز نقلًا عن بلومبرج: read the same whichever way the line runs. */
function chainLine(chain: ClaimCard["chains"][number], context: Context) {
  const hops = chain.map((hop) => name(hop.source, context)).join(` <span class="quoting">${text(context.t("claim.quoting"))}</span> `);
  return `<p class="chain" data-testid="embed-chain">${hops}</p>`;
}

function claimCard(claim: ClaimCard, context: Context, label = "") {
  return `<article class="claim" id="claim-${claim.id}">`
    + verdictLine(claim, context)
    + (label ? `<p class="label">${label}</p>` : "")
    + `<p class="who">${name(claim.claimant, context)} · ${when(claim, context)}</p>`
    + `<blockquote lang="${text(claim.language)}" dir="auto">${text(claim.text)}</blockquote>`
    + claim.chains.filter((chain) => chain.length > 1 || chain[0]!.source.slug !== claim.claimant.slug).map((chain) => chainLine(chain, context)).join("")
    + `<p class="more"><a href="${absoluteUrl(claimPath(claim.id))}">${text(context.t("claim.permalink"))}</a></p>`
    + `</article>`;
}

function timelineEntry(node: TimelineNode, context: Context, parent?: ClaimCard): string {
  const time = (claim: ClaimCard) => ({ date: claim.saidAt, precision: claim.saidAtPrecision });
  const label = parent && node.answerType ? text(`${context.t(`linkIn.${node.answerType}`)} ${formatGap(time(parent), time(node.claim), context.prefs)}`) : "";
  const answers = node.answers.length
    ? `<ol class="answers">${node.answers.map((answer) => `<li>${timelineEntry(answer, context, node.claim)}</li>`).join("")}</ol>`
    : "";
  return claimCard(node.claim, context, label) + answers;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 "IBM Plex Sans Arabic",system-ui,sans-serif;color:#1c1917;background:#fff}
main{padding:12px 14px;max-width:720px}
a{color:#0f5f5a}
h1{font-size:18px;margin:0 0 4px}
.summary,.who,.chain,.label,.more{margin:4px 0;color:#57534e;font-size:13px}
.timeline,.answers{list-style:none;margin:0;padding:0}
.timeline>li{margin:0 0 12px}
.answers{margin-inline-start:14px;padding-inline-start:12px;border-inline-start:2px dashed #a8a29e}
.answers>li{margin-top:10px}
.claim{border:1px solid #e7e5e4;border-radius:8px;padding:10px 12px}
blockquote{margin:6px 0;padding-inline-start:10px;border-inline-start:3px solid #99c2bf;font-size:15px}
.verdict{margin:0 0 6px;display:flex;flex-wrap:wrap;gap:4px 8px;align-items:baseline}
.verdict strong{border:2px solid var(--verdict);color:var(--verdict);border-radius:4px;padding:0 6px}
.verdict .mark{display:inline-block;min-width:1.4em;text-align:center;border-radius:50%;background:var(--verdict);color:#fff;font-weight:700}
.verdict .reason{color:#44403c;font-size:13px}
.quoting{color:#78716c}
footer{margin-top:10px;font-size:13px}
`;

function documentHtml({ title, body, locale, fullUrl, t }: { title: string; body: string; locale: Locale; fullUrl: string; t: Translate }) {
  return `<!doctype html>
<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${text(title)}</title>
<link rel="canonical" href="${fullUrl}">
<base target="_blank">
<style>${STYLE.trim()}</style>
</head>
<body>
<main>
${body}
<footer><a href="${fullUrl}" rel="noopener">${text(t("embed.fullPage", { site: t("app.name") }))}</a></footer>
</main>
</body>
</html>
`;
}

/** A story's embed: its title and summary, then the timeline, each claim led by its verdict. */
export function storyEmbed(story: { slug: string; title: string; titleEn: string | null; summary: string | null }, events: TimelineNode[], locale: Locale): string {
  const context = contextFor(locale);
  const fullUrl = absoluteUrl(storyPath(story.slug));
  const title = localizedTitle(story, locale);
  const body = `<header><h1><a href="${fullUrl}" dir="auto">${text(title)}</a></h1>`
    + (story.summary ? `<p class="summary" dir="auto">${text(story.summary)}</p>` : "")
    + `</header>`
    + `<ol class="timeline" data-testid="embed-timeline">${events.map((node) => `<li>${timelineEntry(node, context)}</li>`).join("")}</ol>`;
  return documentHtml({ title, body, locale, fullUrl, t: context.t });
}

/** A claim's embed: the claim card, then what answered it, one line each. */
export function claimEmbed(claim: ClaimCard & { incoming: { type: LinkType; claim: LinkedClaim }[] }, locale: Locale): string {
  const context = contextFor(locale);
  const fullUrl = absoluteUrl(claimPath(claim.id));
  const answers = claim.incoming.map(
    (link) =>
      `<li>${text(context.t(`linkIn.${link.type}`))}: <a href="${absoluteUrl(claimPath(link.claim.id))}">${name(link.claim.claimant, context)}</a> · ${when(link.claim, context)}: <span dir="auto">${text(claimGist(link.claim, 140))}</span></li>`,
  );
  const body = claimCard(claim, context) + (answers.length ? `<ol class="answers">${answers.join("")}</ol>` : "");
  return documentHtml({ title: `${localizedName(claim.claimant, locale)}: ${claimGist(claim, 80)}`, body, locale, fullUrl, t: context.t });
}
