import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { apiMutation } from "@/lib/http/api-route";

/** POST: puts a claim's content back the way this revision recorded it (body: the claim's `version` and what else to restore). */
export const POST = apiMutation(restoreClaimRevision, {
  fromParams: ({ revisionId }: { revisionId: string }) => ({ revisionId }),
});
