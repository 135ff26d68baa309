// What a share card says, from the reader's own shapes: the verdict and its
// reason first, who said it and when, the words, the answer (a denial, a
// confirmation), where it came from, whose check it is.
import { createHash } from "node:crypto";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { localizedLabel, localizedName, localizedTitle } from "@/lib/i18n/localized-name";
import { translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/preferences";
import { claimGist, type ClaimCard } from "@/lib/reader/claim-card";
import { newsroomName } from "@/lib/reader/claim-review";
import type { PublicClaim } from "@/lib/reader/get-public-claim";
import type { StoryTimeline } from "@/lib/reader/get-story-timeline";
import { isAnswerLink } from "@/lib/vocabulary";
import type { CardVerdict, ShareCardContent } from "./share-card";

const prefsFor = (locale: Locale) => ({ locale, calendar: "gregory", digits: "latn" }) as const;

const verdictOf = (claim: Pick<ClaimCard, "verdict" | "verdictReasoning">, locale: Locale): CardVerdict | null =>
  claim.verdict && { key: claim.verdict.key, ratingValue: claim.verdict.ratingValue, color: claim.verdict.color, label: localizedLabel(claim.verdict, locale), reason: claim.verdictReasoning };

const byline = (claim: Pick<ClaimCard, "claimant" | "saidAt" | "saidAtPrecision">, locale: Locale) =>
  `${localizedName(claim.claimant, locale)} · ${formatClaimTime(claim.saidAt, claim.saidAtPrecision, prefsFor(locale))}`;

const chainLine = (claim: Pick<ClaimCard, "chains">, locale: Locale) => {
  const chain = claim.chains.find((hops) => hops.length > 1);
  return chain ? chain.map((hop) => localizedName(hop.source, locale)).join(` ${translate(locale, "claim.quoting")} `) : null;
};

/** A public claim's card: its verdict, its words, the first answer to it. */
export function claimCardContent(claim: PublicClaim, locale: Locale): ShareCardContent {
  const answer = claim.incoming.find((link) => isAnswerLink(link.type));
  return {
    locale,
    verdict: verdictOf(claim, locale),
    kicker: translate(locale, "card.claim"),
    byline: byline(claim, locale),
    headline: claim.text,
    answer: answer ? `${translate(locale, `linkIn.${answer.type}`)} · ${localizedName(answer.claim.claimant, locale)}: ${claimGist(answer.claim, 160)}` : null,
    chain: chainLine(claim, locale),
    footer: newsroomName(),
  };
}

/** A story's card: its first claim's verdict, its title and summary. */
export function storyCardContent({ story, events, claimCount }: StoryTimeline, locale: Locale): ShareCardContent {
  const lead = events.find((event) => event.claim.verdict)?.claim ?? events[0]?.claim;
  return {
    locale,
    verdict: lead ? verdictOf(lead, locale) : null,
    kicker: translate(locale, "card.story"),
    byline: lead ? `${translate(locale, "card.story")} · ${translate(locale, "card.claims", { count: claimCount })} · ${byline(lead, locale)}` : translate(locale, "card.story"),
    headline: localizedTitle(story, locale),
    answer: story.summary,
    chain: lead ? chainLine(lead, locale) : null,
    footer: newsroomName(),
  };
}

/** Names a card's content: the same words, the same picture. */
export const cardVersion = (content: ShareCardContent) => createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 12);
