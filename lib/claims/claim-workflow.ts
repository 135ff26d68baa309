import { authorize, may, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Action } from "@/lib/permissions";
import { CLAIM_STATUSES, ClaimStatus } from "@/lib/vocabulary";

// A claim's workflow: draft → in review → published → archived, with the way
// back to a draft. Publishing, archiving and taking a claim off the site are
// actions of their own in the permission table, so a newsroom can narrow who
// may take them without touching who may edit.
const { draft, in_review, published, archived } = ClaimStatus;

type Step = { to: ClaimStatus; action: Action };

/** Where a claim may go from each status, in the order the desk offers the steps, and the permission each takes. */
const STEPS: Record<ClaimStatus, readonly Step[]> = {
  [draft]: [{ to: in_review, action: "claim.update" }, { to: published, action: "claim.publish" }],
  [in_review]: [{ to: published, action: "claim.publish" }, { to: draft, action: "claim.update" }],
  [published]: [{ to: archived, action: "claim.publish" }, { to: draft, action: "claim.unpublish" }],
  [archived]: [{ to: published, action: "claim.publish" }, { to: draft, action: "claim.unpublish" }],
};

/** The permission a new claim's status takes: any status is a start (an archived one is an old check entered after the fact). */
const STARTS: Record<ClaimStatus, Action> = {
  [draft]: "claim.create",
  [in_review]: "claim.create",
  [published]: "claim.publish",
  [archived]: "claim.publish",
};

/** The statuses `actor` may move a claim in `status` to. */
export function nextClaimStatuses(actor: Actor, status: ClaimStatus): ClaimStatus[] {
  return STEPS[status].filter((step) => may(actor, step.action)).map((step) => step.to);
}

/** The statuses `actor` may give a new claim. */
export function initialClaimStatuses(actor: Actor): ClaimStatus[] {
  return CLAIM_STATUSES.filter((status) => may(actor, STARTS[status]));
}

const refusedStep = (from: ClaimStatus, to: ClaimStatus) =>
  new AppError(409, "error.claimStep", {
    params: { from: `editor.status.${from}`, to: `editor.status.${to}` },
    fieldErrors: { status: ["error.claimStep"] },
  });

/**
 * Refuses a status change the workflow has no step for (409, naming both
 * statuses), or one the actor may not take (403). Staying put is no step.
 */
export function assertClaimStep(actor: Actor, from: ClaimStatus, to: ClaimStatus): void {
  if (from === to) return;
  const step = STEPS[from].find((candidate) => candidate.to === to);
  if (!step) throw refusedStep(from, to);
  authorize(actor, step.action);
}

/** Refuses a new claim's status the actor may not give it (403). */
export function assertClaimStart(actor: Actor, status: ClaimStatus): void {
  authorize(actor, STARTS[status]);
}
