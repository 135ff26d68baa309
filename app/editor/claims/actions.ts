"use server";

import { redirect } from "next/navigation";
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
import { formPayload, formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createSource } from "@/lib/sources/create-source";
import { CLAIM_SAVES, type ClaimSaveKind } from "./claim-saves";

/**
 * Where a save lands: the claim's page, told what was saved and which browser
 * draft to forget, at the section the save was made in.
 */
const claimPage = (id: string, saved: ClaimSaveKind, form?: FormData) => {
  const draft = form?.get("draftKey");
  const forget = typeof draft === "string" && draft ? `&draft=${encodeURIComponent(draft)}` : "";
  const { section } = CLAIM_SAVES[saved];
  return `/editor/claims/${id}?saved=${saved}${forget}${section === "top" ? "" : `#${section}`}`;
};

export async function createClaimAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(createClaim, formPayload(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "created", form));
  return state;
}

export async function updateClaimAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(updateClaim, formPayload(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "updated", form));
  return state;
}

export async function recordDenialAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(recordDenial, formPayload(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "created", form));
  return state;
}

export async function recordConfirmationAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(recordConfirmation, formPayload(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "created", form));
  return state;
}

/** Called directly by the source picker: a source an editor names while entering a claim. */
export async function proposeSourceAction(input: { name: string; kind: string }) {
  const state = await runFormAction(createSource, input as never);
  return state.status === "ok" ? { id: state.result.id, name: state.result.name } : { error: state.fieldErrors.name?.[0] ?? state.message };
}

export async function changeClaimStatusAction(_previous: FormState, form: FormData) {
  const values = formValues(form);
  const state = await runFormAction(changeClaimStatus, values as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "status"));
  return state;
}

export async function deleteClaimAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(deleteClaim, formValues(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "deleted"));
  return state;
}

export async function undeleteClaimAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(undeleteClaim, formValues(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "undeleted"));
  return state;
}

export async function linkClaimsAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(linkClaims, formValues(form) as never, { revalidate: ["/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "linked", form));
  return state;
}

export async function unlinkClaimsAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(unlinkClaims, formValues(form) as never, { revalidate: ["/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "unlinked"));
  return state;
}

export async function setVerdictAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(setVerdict, formPayload(form) as never, { revalidate: ["/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "verdict"));
  return state;
}

export async function restoreClaimRevisionAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(restoreClaimRevision, formValues(form) as never, { revalidate: ["/editor", "/"] });
  if (state.status === "ok") redirect(claimPage(state.result.id, "restored"));
  return state;
}
