import { recordConfirmation } from "@/lib/claims/record-confirmation";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a confirmation of this claim (the confirming claim and its `confirms` link). */
export const POST = apiMutation(recordConfirmation, {
  status: 201,
  fromParams: ({ id }: { id: string }) => ({ answersClaimId: id }),
});
