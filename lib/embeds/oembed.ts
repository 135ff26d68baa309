// oEmbed (https://oembed.com): a CMS that is given a story's or a claim's
// address finds the discovery <link> on its page, asks /api/oembed, and puts
// the returned <iframe> of /embed/… into the post. The same frame is what an
// editor copies from the desk.
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/preferences";
import { absoluteUrl, siteOrigin } from "@/lib/reader/paths";
import { isRecordId, isSlug } from "@/lib/validation/path-segments";
import { xmlText } from "@/lib/text/xml";

export type EmbedTarget = { kind: "story"; slug: string } | { kind: "claim"; id: string };

/** The frame's size when the consumer sets no bounds: a story's timeline is taller than one claim. */
const DEFAULT_SIZE = { story: { width: 640, height: 720 }, claim: { width: 560, height: 420 } } as const;
const MIN_WIDTH = 280;

export const embedPath = (target: EmbedTarget, locale: Locale) =>
  `${target.kind === "story" ? `/embed/stories/${encodeURIComponent(target.slug)}` : `/embed/claims/${target.id}`}?lang=${locale}`;

/** The public page an address points at, if it is one of ours that can be embedded. */
export function embedTarget(url: string): EmbedTarget | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.host !== siteOrigin().host) return null;
  const [kind, segment, ...rest] = parsed.pathname.split("/").filter(Boolean);
  if (rest.length > 0 || !segment) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (kind === "stories" && isSlug(decoded)) return { kind: "story", slug: decoded };
  if (kind === "claims" && isRecordId(decoded)) return { kind: "claim", id: decoded };
  return null;
}

const bound = z.coerce.number().int().min(1).max(4000).optional().catch(undefined);
export const oembedQuery = z.object({
  url: z.string().max(2000),
  format: z.string().optional(),
  maxwidth: bound,
  maxheight: bound,
  lang: z.enum(LOCALES).catch("ar").default("ar"),
});

/** The <iframe> of an embed, at most the consumer's bounds. */
export function embedFrame(target: EmbedTarget, title: string, locale: Locale, bounds: { maxwidth?: number; maxheight?: number } = {}) {
  const size = DEFAULT_SIZE[target.kind];
  const width = Math.max(MIN_WIDTH, Math.min(size.width, bounds.maxwidth ?? size.width));
  const height = Math.min(size.height, bounds.maxheight ?? size.height);
  // No scripts run in it (the embed has none); links open outside the frame.
  const html = `<iframe src="${xmlText(absoluteUrl(embedPath(target, locale)))}" width="${width}" height="${height}" title="${xmlText(title)}" loading="lazy" style="border:0;max-width:100%" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"></iframe>`;
  return { html, width, height };
}

/** The discovery link's address for a public page: what a CMS given the page's address asks. */
export const oembedDiscoveryUrl = (pagePath: string) => absoluteUrl(`/api/oembed?${new URLSearchParams({ url: absoluteUrl(pagePath), format: "json" })}`);
