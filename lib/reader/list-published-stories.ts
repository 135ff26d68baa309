import { db } from "@/lib/db/client";
import { storyReferenceSelect } from "./shapes";
import { publishedClaim, publishedStory } from "./visibility";

/**
 * Published stories, the most recently active first (by their latest
 * published claim), with how many published claims each holds and when the
 * latest was said.
 */
export async function listPublishedStories(take = 20) {
  const stories = await db().story.findMany({
    where: publishedStory,
    select: {
      ...storyReferenceSelect,
      id: true,
      updatedAt: true,
      _count: { select: { claims: { where: { claim: publishedClaim } } } },
      claims: {
        where: { claim: publishedClaim },
        select: { claim: { select: { saidAt: true, saidAtPrecision: true } } },
        orderBy: { claim: { saidAt: "desc" } },
        take: 1,
      },
    },
  });
  return stories
    .map(({ _count, claims, ...story }) => ({ ...story, claimCount: _count.claims, latestClaim: claims[0]?.claim ?? null }))
    .sort((a, b) => activity(b) - activity(a))
    .slice(0, take);
}

const activity = (story: { updatedAt: Date; latestClaim: { saidAt: Date } | null }) =>
  (story.latestClaim?.saidAt ?? story.updatedAt).getTime();
