import { db } from "@/lib/db/client";
import { storyReferenceSelect } from "./shapes";
import { publishedClaim, publishedStory } from "./visibility";

/**
 * Published stories, the most recently active first (by their latest
 * published claim, or when the story itself last changed if it has none),
 * with how many published claims each holds and when the latest was said.
 * Only the `take` stories shown are loaded: the most recent ones are found
 * by walking the newest published claims (the (status, saidAt) index) to
 * their stories, a window at a time, plus the claimless stories changed
 * since the oldest of those.
 */
export async function listPublishedStories(take = 20) {
  const active = await mostRecentlyActive(take);
  const ids = active.map((story) => story.id);
  const [stories, counts] = await Promise.all([
    db().story.findMany({
      where: { id: { in: ids } },
      select: {
        ...storyReferenceSelect,
        id: true,
        updatedAt: true,
        claims: {
          where: { claim: publishedClaim },
          select: { claim: { select: { saidAt: true, saidAtPrecision: true } } },
          orderBy: { claim: { saidAt: "desc" } },
          take: 1,
        },
      },
    }),
    // Counted for these stories only: a relation _count in the select above aggregates every story's claims first.
    db().storyClaim.groupBy({ by: ["storyId"], where: { storyId: { in: ids }, claim: publishedClaim }, _count: { _all: true } }),
  ]);
  const claimCount = new Map(counts.map((count) => [count.storyId, count._count._all]));
  const position = new Map(ids.map((id, index) => [id, index]));
  return stories
    .map(({ claims, ...story }) => ({ ...story, claimCount: claimCount.get(story.id) ?? 0, latestClaim: claims[0]?.claim ?? null }))
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

type Activity = { id: string; at: Date };

/** The ids of the `take` most recently active published stories, most recent first. */
async function mostRecentlyActive(take: number): Promise<Activity[]> {
  let withClaims: Activity[] = [];
  for (let window = take * 25; ; window *= 4) {
    withClaims = await db().$queryRaw<Activity[]>`
      SELECT story.id, max(recent."saidAt") AS at
      FROM (SELECT id, "saidAt" FROM "Claim" WHERE status = 'published' AND "deletedAt" IS NULL ORDER BY "saidAt" DESC LIMIT ${window}) recent
      CROSS JOIN LATERAL (
        -- Probed per claim (StoryClaim_claimId_idx) at any size: OFFSET 0 keeps
        -- the planner from hashing all of StoryClaim where that looks cheaper.
        SELECT sc."storyId" AS id FROM "StoryClaim" sc
        JOIN "Story" s ON s.id = sc."storyId" AND s.status = 'published' AND s."deletedAt" IS NULL
        WHERE sc."claimId" = recent.id
        OFFSET 0
      ) story
      GROUP BY story.id
      ORDER BY at DESC, story.id
      LIMIT ${take}`;
    const claims = await db().claim.count({ where: publishedClaim, take: window + 1 });
    if (withClaims.length === take || claims <= window) break;
  }
  // A story with no published claim counts by its own last change: it ranks among these when that is more recent.
  const since = withClaims.length === take ? withClaims.at(-1)!.at : new Date(0);
  const claimless = await db().story.findMany({
    where: { ...publishedStory, updatedAt: { gt: since }, claims: { none: { claim: publishedClaim } } },
    select: { id: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take,
  });
  return [...withClaims, ...claimless.map((story) => ({ id: story.id, at: story.updatedAt }))]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, take);
}
