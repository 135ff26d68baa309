import { getPublicClaim } from "@/lib/claims/get-public-claim";
import { claimReview } from "@/lib/claims/public-claim-review";
import { notFound } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";

/** GET: a published claim with its chains, links both ways, verdict, evidence, stories and ClaimReview. */
export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  const claim = await getPublicClaim(params.id);
  if (!claim) throw notFound("claim");
  return { claim, claimReview: claimReview(claim) };
});
