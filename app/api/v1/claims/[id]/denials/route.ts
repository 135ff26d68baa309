import { recordDenial } from "@/lib/claims/record-denial";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a denial of this claim (the denying claim and its `denies` link). */
export const POST = apiMutation(recordDenial, {
  status: 201,
  fromParams: ({ id }: { id: string }) => ({ answersClaimId: id }),
});
