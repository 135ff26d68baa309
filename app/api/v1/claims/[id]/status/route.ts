import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a workflow step (draft, in review, published, archived) and the assignee. */
export const POST = apiMutation(changeClaimStatus, {
  status: 200,
  fromParams: ({ id }: { id: string }) => ({ id: id }),
});
