import { linkClaims } from "@/lib/claims/link-claims";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a typed link from this claim to another. */
export const POST = apiMutation(linkClaims, {
  status: 201,
  fromParams: ({ id }: { id: string }) => ({ fromClaimId: id }),
});
