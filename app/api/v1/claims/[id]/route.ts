import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { claimReview } from "@/lib/reader/claim-review";
import { notFound } from "@/lib/errors";
import { apiMutation, apiRoute } from "@/lib/http/api-route";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { updateClaim } from "@/lib/claims/update-claim";

/** GET: a published claim with its chains, links both ways, verdict, evidence, stories and ClaimReview. */
export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  const claim = await getPublicClaim(params.id);
  if (!claim) throw notFound("claim");
  return { claim, claimReview: claimReview(claim) };
});

/** PATCH: an edited claim (the whole editable state, with the `version` it was loaded at; 409 if stale). */
export const PATCH = apiMutation(updateClaim, {
  fromParams: ({ id }: { id: string }) => ({ id: id }),
});

/** DELETE: a soft delete (body: `{ "version": n }`); admins can restore it. */
export const DELETE = apiMutation(deleteClaim, {
  fromParams: ({ id }: { id: string }) => ({ id: id }),
});
