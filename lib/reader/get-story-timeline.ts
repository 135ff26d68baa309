import { db } from "@/lib/db/client";
import { publishedStory } from "./visibility";
import {
  buildTimeline,
  filterTimeline,
  findTimelineRows,
  timelineFacets,
  type TimelineFilter,
  type TimelineOrder,
} from "./timeline";
import { isSlug } from "@/lib/validation/path-segments";
import { publicStorySelect } from "./shapes";

/** A story is curated by hand; past this many claims its page shows the latest. */
const STORY_CLAIM_LIMIT = 1000;

/**
 * A published story as a timeline: its published claims in time order, each
 * with the answers (denials, confirmations, …) attached, filtered by tag or
 * source. Answers recorded outside the story still hang under the claim they
 * answer. The filter choices come from the whole story, so a reader can
 * switch from one filter to another. Two queries, whatever the story's size.
 */
export async function getStoryTimeline(slug: string, view: TimelineFilter & { order?: TimelineOrder } = {}) {
  if (!isSlug(slug)) return null;
  const story = await db().story.findFirst({ where: { slug, ...publishedStory }, select: publicStorySelect });
  if (!story) return null;

  const { rows, truncated } = await findTimelineRows({ stories: { some: { storyId: story.id } } }, STORY_CLAIM_LIMIT);
  const events = buildTimeline(rows, view.order);
  return {
    story: { ...story, tags: story.tags.map((entry) => entry.tag) },
    events: filterTimeline(events, view),
    facets: timelineFacets(events),
    claimCount: rows.length,
    truncated,
  };
}

export type StoryTimeline = NonNullable<Awaited<ReturnType<typeof getStoryTimeline>>>;
