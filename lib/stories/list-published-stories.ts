import { db } from "@/lib/db/client";
import { publishedClaim } from "@/lib/claims/public-claim";

/** Published stories, most recently active first, with how many published claims each holds. */
export async function listPublishedStories(take = 20) {
  const stories = await db().story.findMany({
    where: { status: "published", deletedAt: null },
    orderBy: { updatedAt: "desc" },
    take,
    include: { _count: { select: { claims: { where: { claim: publishedClaim } } } } },
  });
  return stories.map(({ _count, ...story }) => ({ ...story, claimCount: _count.claims }));
}
