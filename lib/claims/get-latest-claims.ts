import { db } from "@/lib/db/client";
import { claimCardInclude, publishedClaim, toClaimCard } from "./public-claim";

/** The most recently published claims, newest first: the home page and the feed. */
export async function getLatestClaims(take = 10) {
  const rows = await db().claim.findMany({
    where: publishedClaim,
    include: claimCardInclude,
    orderBy: [{ publishedAt: "desc" }, { saidAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map(toClaimCard);
}
