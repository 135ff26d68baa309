"use server";

import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { recordConfirmation } from "@/lib/claims/record-confirmation";
import { recordDenial } from "@/lib/claims/record-denial";
import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { setVerdict } from "@/lib/claims/set-verdict";
import { undeleteClaim } from "@/lib/claims/undelete-claim";
import { unlinkClaims } from "@/lib/claims/unlink-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { formAction, runUseCaseAction } from "@/lib/http/form-action";
import { addClaimNote } from "@/lib/notes/add-claim-note";
import { approveReview } from "@/lib/reviews/approve-review";
import { requestReview } from "@/lib/reviews/request-review";
import { returnReview } from "@/lib/reviews/return-review";
import { createSource } from "@/lib/sources/create-source";
import { createClaimFromTip } from "@/lib/tips/create-claim-from-tip";
import type { SourceKind } from "@/lib/vocabulary";
import { CLAIM_SAVES, type ClaimSaveKind } from "@/components/editor/claim-saves";

const everywhere = ["/editor", "/"];

/**
 * Where a save lands: the claim's page, told what was saved and which browser
 * draft to forget, at the section the save was made in.
 */
const toClaimPage =
  (saved: ClaimSaveKind) =>
  ({ id }: { id: string }, form: FormData) => {
    const draft = form.get("draftKey");
    const forget = typeof draft === "string" && draft ? `&draft=${encodeURIComponent(draft)}` : "";
    const { section } = CLAIM_SAVES[saved];
    return `/editor/claims/${id}?saved=${saved}${forget}${section === "top" ? "" : `#${section}`}`;
  };

export const createClaimAction = formAction(createClaim, { input: "payload", revalidate: everywhere, redirectTo: toClaimPage("created") });
export const createClaimFromTipAction = formAction(createClaimFromTip, { input: "payload", revalidate: everywhere, redirectTo: toClaimPage("created") });
export const updateClaimAction = formAction(updateClaim, { input: "payload", revalidate: everywhere, redirectTo: toClaimPage("updated") });
export const recordDenialAction = formAction(recordDenial, { input: "payload", revalidate: everywhere, redirectTo: toClaimPage("created") });
export const recordConfirmationAction = formAction(recordConfirmation, { input: "payload", revalidate: everywhere, redirectTo: toClaimPage("created") });
export const setVerdictAction = formAction(setVerdict, { input: "payload", revalidate: ["/"], redirectTo: toClaimPage("verdict") });
export const changeClaimStatusAction = formAction(changeClaimStatus, { revalidate: everywhere, redirectTo: toClaimPage("status") });
export const deleteClaimAction = formAction(deleteClaim, { revalidate: everywhere, redirectTo: toClaimPage("deleted") });
export const undeleteClaimAction = formAction(undeleteClaim, { revalidate: everywhere, redirectTo: toClaimPage("undeleted") });
export const linkClaimsAction = formAction(linkClaims, { revalidate: ["/"], redirectTo: toClaimPage("linked") });
export const unlinkClaimsAction = formAction(unlinkClaims, { revalidate: ["/"], redirectTo: toClaimPage("unlinked") });
export const restoreClaimRevisionAction = formAction(restoreClaimRevision, { revalidate: everywhere, redirectTo: toClaimPage("restored") });
export const requestReviewAction = formAction(requestReview, { revalidate: everywhere, redirectTo: toClaimPage("reviewRequested") });
export const approveReviewAction = formAction(approveReview, { revalidate: everywhere, redirectTo: toClaimPage("reviewApproved") });
export const returnReviewAction = formAction(returnReview, { revalidate: everywhere, redirectTo: toClaimPage("reviewReturned") });
// A note lands on its claim's thread.
export const addClaimNoteAction = formAction(addClaimNote, { revalidate: ["/editor"], redirectTo: ({ claimId }) => `/editor/claims/${claimId}?saved=noted#notes` });

/** Called directly by the source picker: a source an editor names while entering a claim. */
export async function proposeSourceAction(input: { name: string; kind: SourceKind }) {
  const state = await runUseCaseAction(createSource, input);
  return state.status === "ok" ? { id: state.result.id, name: state.result.name } : { error: state.fieldErrors.name?.[0] ?? state.message };
}
