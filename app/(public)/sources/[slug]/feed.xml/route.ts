import { permanentRedirect } from "next/navigation";
import { atomFeed, atomResponse, claimFeedEntries } from "@/lib/feeds/atom-feed";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { sourceFeedPath, sourcePath } from "@/lib/reader/paths";
import { timelineClaims } from "@/lib/reader/timeline";
import { decodeSegment } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** What a source said or carried (published claims, with their answers), latest changes first, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSegment((await params).slug);
  const found = slug === null ? null : await getPublicSource(slug);
  if (!found) return new Response("Not found", { status: 404 });
  // A merged source's feed moved with its claims.
  if (found.kind === "merged") permanentRedirect(sourceFeedPath(found.into));
  const { source } = found;
  const { events } = await getSourceTimeline(source.id);
  return atomResponse(
    atomFeed({
      path: sourceFeedPath(source.slug),
      alternatePath: sourcePath(source.slug),
      title: translate(DEFAULT_PREFERENCES.locale, "reader.feeds.source", { name: source.name }),
      entries: claimFeedEntries(timelineClaims(events)),
    }),
  );
}
