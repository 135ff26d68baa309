import { db } from "@/lib/db/client";
import { publishedClaim, publishedStory } from "@/lib/claims/public-claim";
import { buildTimeline, findTimelineRows, type TimelineOrder } from "@/lib/claims/public-timeline";
import { isSlug } from "@/lib/validation/path-segments";

/** A tag's page shows its latest claims; the search goes further back. */
const TAG_CLAIM_LIMIT = 200;

/**
 * A tag with its published stories and its published claims as a timeline
 * (answers attached). A tag only drafts use is not found: its name is theirs.
 */
export async function getTagTimeline(slug: string, order: TimelineOrder = "oldest") {
  if (!isSlug(slug)) return null;
  const tag = await db().tag.findFirst({
    where: { slug, OR: [{ claims: { some: { claim: publishedClaim } } }, { stories: { some: { story: publishedStory } } }] },
    include: {
      stories: {
        where: { story: publishedStory },
        select: { story: { select: { slug: true, title: true, titleEn: true, summary: true } } },
      },
    },
  });
  if (!tag) return null;
  const { rows, truncated } = await findTimelineRows({ tags: { some: { tagId: tag.id } } }, TAG_CLAIM_LIMIT);
  const { stories, ...rest } = tag;
  return { tag: rest, stories: stories.map((entry) => entry.story), events: buildTimeline(rows, order), truncated };
}
