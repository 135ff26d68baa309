import { authorize, may, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Action } from "@/lib/permissions";
import { reviewBeforePublishing } from "@/lib/settings/desk-settings";
import { CLAIM_STATUSES, ClaimStatus } from "@/lib/vocabulary";

// A claim's workflow: draft → in review → published → archived, with the way
// back to a draft. Publishing, archiving and taking a claim off the site are
// actions of their own in the permission table, so a newsroom can narrow who
// may take them without touching who may edit. When the desk's settings ask
// for review before publishing, no step reaches the public site but a
// second editor's approval of a review request (lib/reviews/decide-review.ts).
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

/** Whether the desk publishes only through an approved review: the statuses offered follow it. */
export type Publishing = { reviewRequired: boolean };

/** The statuses `actor` may move a claim in `status` to (publishing itself left to a review when one is required). */
export function nextClaimStatuses(actor: Actor, status: ClaimStatus, { reviewRequired }: Publishing): ClaimStatus[] {
  return STEPS[status]
    .filter((step) => may(actor, step.action) && !(reviewRequired && step.to === published))
    .map((step) => step.to);
}

/** The statuses `actor` may give a new claim. */
export function initialClaimStatuses(actor: Actor, { reviewRequired }: Publishing): ClaimStatus[] {
  return CLAIM_STATUSES.filter((status) => may(actor, STARTS[status]) && !(reviewRequired && status === published));
}

const refusedStep = (from: ClaimStatus, to: ClaimStatus) =>
  new AppError(409, "error.claimStep", {
    params: { from: `editor.status.${from}`, to: `editor.status.${to}` },
    fieldErrors: { status: ["error.claimStep"] },
  });

const reviewRequired = () => new AppError(409, "error.reviewRequired", { fieldErrors: { status: ["error.reviewRequired"] } });

/**
 * Refuses a status change the workflow has no step for (409, naming both
 * statuses), or one the actor may not take (403), or publishing without an
 * approved review while the desk requires one (409). Staying put is no step.
 * `approvedReview` is for decide-review.ts alone: the approval it records is that review.
 */
export async function assertClaimStep(
  tx: Tx,
  actor: Actor,
  from: ClaimStatus,
  to: ClaimStatus,
  { approvedReview = false }: { approvedReview?: boolean } = {},
): Promise<void> {
  if (from === to) return;
  const step = STEPS[from].find((candidate) => candidate.to === to);
  if (!step) throw refusedStep(from, to);
  authorize(actor, step.action);
  if (to === published && !approvedReview && (await reviewBeforePublishing(tx))) throw reviewRequired();
}

/** Refuses a new claim's status the actor may not give it (403), or a published start while the desk requires review (409). */
export async function assertClaimStart(tx: Tx, actor: Actor, status: ClaimStatus): Promise<void> {
  authorize(actor, STARTS[status]);
  if (status === published && (await reviewBeforePublishing(tx))) throw reviewRequired();
}
