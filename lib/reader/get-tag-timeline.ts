import { db } from "@/lib/db/client";
import { publishedStory } from "./visibility";
import { buildTimeline, findTimelineRows, type TimelineOrder } from "./timeline";
import { isSlug } from "@/lib/validation/path-segments";
import { publicTagSelect } from "./claim-card";
import { storyReferenceSelect } from "./shapes";

/** A tag's page shows its latest claims; the search goes further back. */
const TAG_CLAIM_LIMIT = 200;

/**
 * A tag with its published stories and its published claims as a timeline
 * (answers attached). A tag only drafts use is not found: its name is theirs.
 */
export async function getTagTimeline(slug: string, order: TimelineOrder = "oldest") {
  if (!isSlug(slug)) return null;
  const tag = await db().tag.findUnique({
    where: { slug },
    select: {
      id: true,
      ...publicTagSelect,
      stories: { where: { story: publishedStory }, select: { story: { select: storyReferenceSelect } } },
    },
  });
  if (!tag) return null;
  const { rows, truncated } = await findTimelineRows({ tags: { some: { tagId: tag.id } } }, TAG_CLAIM_LIMIT);
  const { stories, id: _id, ...rest } = tag;
  // Rows are published claims with the tag and their answers, so none means no published claim has it.
  if (stories.length === 0 && rows.length === 0) return null;
  return { tag: rest, stories: stories.map((entry) => entry.story), events: buildTimeline(rows, order), truncated };
}
