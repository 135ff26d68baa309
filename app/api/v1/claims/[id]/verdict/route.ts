import { setVerdict } from "@/lib/claims/set-verdict";
import { apiMutation } from "@/lib/http/api-route";

/** PUT: the newsroom's verdict on this claim, with its evidence. */
export const PUT = apiMutation(setVerdict, {
  status: 200,
  fromParams: ({ id }: { id: string }) => ({ claimId: id }),
});
