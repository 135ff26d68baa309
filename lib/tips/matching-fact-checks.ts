import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { db } from "@/lib/db/client";
import { claimCardSelect, toClaimCard, type ClaimCard } from "@/lib/reader/claim-card";
import { publishedClaim } from "@/lib/reader/visibility";

/** How many published fact-checks a tip is answered with. */
const MATCHES_SHOWN = 3;

/**
 * The newsroom's published fact-checks that a tip's words match (the
 * similar-claims matcher, published claims only), best first, as readers'
 * cards: what a tipster is shown at once, and what the desk sees beside the tip.
 */
export async function matchingFactChecks(text: string): Promise<ClaimCard[]> {
  const similar = await findSimilarClaims(text, { publishedOnly: true, limit: MATCHES_SHOWN });
  if (similar.length === 0) return [];
  const rows = await db().claim.findMany({ where: { ...publishedClaim, id: { in: similar.map((claim) => claim.id) } }, select: claimCardSelect });
  const rank = new Map(similar.map((claim, index) => [claim.id, index]));
  return rows.map(toClaimCard).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}
