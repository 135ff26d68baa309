import { linkClaims } from "@/lib/claims/link-claims";
import { unlinkClaims } from "@/lib/claims/unlink-claims";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a typed link from this claim to another. */
export const POST = apiMutation(linkClaims, {
  status: 201,
  fromParams: ({ id }: { id: string }) => ({ fromClaimId: id }),
});

/** DELETE: the link of that type from this claim to another (body: `{ "toClaimId", "type" }`). */
export const DELETE = apiMutation(unlinkClaims, {
  fromParams: ({ id }: { id: string }) => ({ fromClaimId: id }),
});
