import { atomFeed, atomResponse, claimFeedEntries } from "@/lib/feeds/atom-feed";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";
import { tagFeedPath, tagPath } from "@/lib/reader/paths";
import { timelineClaims } from "@/lib/reader/timeline";
import { decodeSegment } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** A tag's published claims and their answers, latest changes first, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSegment((await params).slug);
  const page = slug === null ? null : await getTagTimeline(slug);
  if (!page) return new Response("Not found", { status: 404 });
  return atomResponse(
    atomFeed({
      path: tagFeedPath(page.tag.slug),
      alternatePath: tagPath(page.tag.slug),
      title: translate(DEFAULT_PREFERENCES.locale, "reader.feeds.tag", { name: page.tag.name }),
      entries: claimFeedEntries(timelineClaims(page.events)),
    }),
  );
}
