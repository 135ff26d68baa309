import { moveClaimStatus } from "@/lib/claims/change-claim-status";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import { lockEditableClaimVersion } from "@/lib/claims/lock-claim";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { noteAuthorId, writeClaimNote } from "@/lib/notes/write-claim-note";
import { recordRevision } from "@/lib/revisions/record-revision";

/**
 * A reviewer's decision on a request still waiting: approved publishes the
 * claim (the workflow's step, taken as the approval it is, so its revision
 * and webhooks follow as for any publication), returned sends it back to a
 * draft. The rule that makes review worth having is here, whatever the
 * boundary: the one who asked cannot decide (403).
 */
export async function decideReview(
  tx: Tx,
  actor: Actor,
  decision: { reviewId: string; version: number; outcome: "approved" | "returned"; note: string | null },
): Promise<ClaimSnapshot> {
  const deciderId = noteAuthorId(actor);
  const review = await tx.reviewRequest.findUnique({ where: { id: decision.reviewId } });
  if (!review) throw notFound("review");
  if (review.requestedById === deciderId) throw new AppError(403, "error.reviewOwnRequest");
  const before = await lockEditableClaimVersion(tx, review.claimId, decision.version);
  // Read again under the claim's lock: a decision or a new request committed meanwhile is seen here.
  const current = await tx.reviewRequest.findUniqueOrThrow({ where: { id: review.id } });
  if (current.status !== "pending" || before.status !== "in_review") {
    throw new AppError(409, "error.reviewDecided", { params: { status: `review.status.${current.status}` } });
  }
  const decided = await tx.reviewRequest.update({
    where: { id: review.id },
    data: { status: decision.outcome, decidedById: deciderId, decidedAt: new Date() },
  });
  if (decision.note) await writeClaimNote(tx, actor, { claimId: review.claimId, body: decision.note, review: { id: review.id, step: decision.outcome } });
  await recordRevision(tx, actor, { entityType: "review", entityId: review.id, action: decision.outcome, before: current, after: decided });
  return moveClaimStatus(tx, actor, before, decision.outcome === "approved" ? "published" : "draft", { approvedReview: decision.outcome === "approved" });
}
