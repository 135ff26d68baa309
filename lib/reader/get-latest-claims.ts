import { db } from "@/lib/db/client";
import { claimCardSelect, toClaimCard } from "./claim-card";
import { publishedClaim } from "./visibility";

/** The most recently published claims, newest first: the home page and the feed. */
export async function getLatestClaims(take = 10) {
  const rows = await db().claim.findMany({
    where: publishedClaim,
    select: claimCardSelect,
    orderBy: [{ publishedAt: "desc" }, { saidAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map(toClaimCard);
}
