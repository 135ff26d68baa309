import { atomFeed, atomResponse, claimFeedEntries } from "@/lib/feeds/atom-feed";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { storyFeedPath, storyPath } from "@/lib/reader/paths";
import { timelineClaims } from "@/lib/reader/timeline";
import { decodeSegment } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** A published story's claims and their answers, latest changes first, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSegment((await params).slug);
  const timeline = slug === null ? null : await getStoryTimeline(slug);
  if (!timeline) return new Response("Not found", { status: 404 });
  const { story, events } = timeline;
  return atomResponse(
    atomFeed({
      path: storyFeedPath(story.slug),
      alternatePath: storyPath(story.slug),
      title: translate(DEFAULT_PREFERENCES.locale, "reader.feeds.story", { title: story.title }),
      subtitle: story.summary ?? undefined,
      entries: claimFeedEntries(timelineClaims(events)),
    }),
  );
}
