// Every Atom feed of the site, built with the `feed` library: the latest
// claims, a story's, a tag's and a source's claims, and the corrections.
// Feed readers send no preference cookies, so feeds are in Arabic.
import { Feed } from "feed";
import type { ClaimCard } from "@/lib/reader/claim-card";
import { claimGist } from "@/lib/reader/claim-card";
import { newsroomName } from "@/lib/reader/claim-review";
import { absoluteUrl, claimPath } from "@/lib/reader/paths";
import { localizedLabel, localizedName } from "@/lib/i18n/localized-name";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { xmlSafe, xmlText } from "@/lib/text/xml";

export const FEED_ENTRIES = 50;

const locale = DEFAULT_PREFERENCES.locale;

/** One entry. Titles, summaries and contents are HTML in Atom's terms (the library's choice): given as escaped text. */
export type FeedEntry = {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content: string;
  updated: Date;
  published?: Date | null;
  categories?: { term: string; label: string }[];
};

/** A feed at `path` (its own address) about the page at `alternatePath`; its last update is its newest entry's. */
export function atomFeed({ path, alternatePath, title, subtitle, entries }: { path: string; alternatePath: string; title: string; subtitle?: string; entries: FeedEntry[] }): string {
  const newest = entries.reduce<Date | null>((latest, entry) => (!latest || entry.updated > latest ? entry.updated : latest), null);
  const feed = new Feed({
    id: absoluteUrl(path),
    title: xmlSafe(`${title} — ${translate(locale, "app.name")}`),
    description: subtitle && xmlSafe(subtitle),
    updated: newest ?? new Date(),
    link: absoluteUrl(alternatePath),
    feedLinks: { atom: absoluteUrl(path) },
    author: { name: xmlSafe(newsroomName()), link: absoluteUrl("/") },
    language: locale,
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: xmlText(entry.title),
      description: entry.summary && xmlText(entry.summary),
      content: xmlText(entry.content),
      date: entry.updated,
      published: entry.published ?? undefined,
      category: entry.categories?.map((category) => ({ term: xmlSafe(category.term), name: xmlSafe(category.label) })),
    });
  }
  return feed.atom1();
}

/** A claim as a feed entry, the verdict first: "غير مثبت — بلومبرج: …". */
export function claimFeedEntry(claim: ClaimCard): FeedEntry {
  const url = absoluteUrl(claimPath(claim.id));
  const said = `${localizedName(claim.claimant, locale)}: ${claimGist(claim, 120)}`;
  const verdict = claim.verdict && localizedLabel(claim.verdict, locale);
  return {
    id: url,
    url,
    title: verdict ? `${verdict} — ${said}` : said,
    summary: [verdict && claim.verdictReasoning ? `${verdict}: ${claim.verdictReasoning}` : null, claimGist(claim, 280)].filter(Boolean).join("\n"),
    content: claim.text,
    updated: claim.updatedAt,
    published: claim.publishedAt,
    categories: claim.tags.map((tag) => ({ term: tag.slug, label: tag.name })),
  };
}

/** The newest claims first, at most FEED_ENTRIES of them, as entries. */
export function claimFeedEntries(claims: ClaimCard[]): FeedEntry[] {
  return [...claims]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, FEED_ENTRIES)
    .map(claimFeedEntry);
}

export function atomResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
