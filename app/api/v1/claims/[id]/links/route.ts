import { linkClaims } from "@/lib/claims/link-claims";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a typed link from this claim to another. */
export const POST = apiMutation(linkClaims, {
  status: 201,
  input: (body, params: { id: string }) => ({ ...(body as object), fromClaimId: params.id }) as never,
});
