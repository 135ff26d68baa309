import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { recordRevision } from "@/lib/revisions/record-revision";
import { LinkType } from "@/lib/vocabulary";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import type { ClaimSnapshot } from "./claim-snapshot";

const isPublic = (claim: ClaimSnapshot | null): claim is ClaimSnapshot => claim !== null && claim.status === "published" && claim.deletedAt === null;

const verdictOf = (claim: ClaimSnapshot) => (claim.verdict && claim.verdictId ? { id: claim.verdictId, labelAr: claim.verdict.labelAr, labelEn: claim.verdict.labelEn } : null);

const corrected = (claim: ClaimSnapshot) => claim.links.filter((link) => link.type === LinkType.corrects).map((link) => link.toClaimId);

/**
 * What partners are told when a claim changes, decided by comparing it before
 * and after the write: it reached the public site (published, not deleted),
 * its verdict changed while public, or it is public and now corrects a claim
 * it did not before. Deliveries are queued in the write's own transaction.
 */
async function emitClaimEvents(tx: Tx, before: ClaimSnapshot | null, after: ClaimSnapshot): Promise<void> {
  if (!isPublic(after)) return;
  const claim = { id: after.id, path: `/api/v1/claims/${after.id}` };
  if (!isPublic(before)) {
    await emitWebhookEvent(tx, "claim_published", { claim: { ...claim, publishedAt: after.publishedAt, verdict: verdictOf(after) } });
  } else if (before.verdictId !== after.verdictId) {
    await emitWebhookEvent(tx, "verdict_changed", { claim, previousVerdict: verdictOf(before), verdict: verdictOf(after) });
  }
  const alreadyCorrected = new Set(isPublic(before) ? corrected(before) : []);
  const corrects = corrected(after).filter((claimId) => !alreadyCorrected.has(claimId));
  if (corrects.length > 0) {
    await emitWebhookEvent(tx, "correction_published", { claim, corrects: corrects.map((id) => ({ id, path: `/api/v1/claims/${id}` })) });
  }
}

/**
 * A claim that leaves review some other way than a decision (sent back to a
 * draft by hand, restored, deleted) takes its waiting requests with it: no
 * one is left to approve what is no longer asked.
 */
async function withdrawStaleReviews(tx: Tx, before: ClaimSnapshot | null, after: ClaimSnapshot): Promise<void> {
  if (before?.status !== "in_review" || (after.status === "in_review" && after.deletedAt === null)) return;
  await tx.reviewRequest.updateMany({ where: { claimId: after.id, status: "pending" }, data: { status: "withdrawn" } });
}

/** A claim's revision, and the webhook events the change sends: every claim write ends with this. */
export async function recordClaimChange(
  tx: Tx,
  actor: Actor,
  change: { entityId: string; action: string; before?: ClaimSnapshot; after: ClaimSnapshot },
): Promise<void> {
  await recordRevision(tx, actor, { entityType: "claim", ...change });
  await withdrawStaleReviews(tx, change.before ?? null, change.after);
  await emitClaimEvents(tx, change.before ?? null, change.after);
}
