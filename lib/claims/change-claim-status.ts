import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { defineUseCase } from "@/lib/use-case";
import type { ClaimStatus } from "@/lib/vocabulary";
import { claimStatusSchema, id, optionalId, version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot, type ClaimSnapshot } from "./claim-snapshot";
import { assertClaimStep } from "./claim-workflow";
import { lockEditableClaimVersion } from "./lock-claim";

export const changeClaimStatusInput = z.object({
  id,
  version,
  status: claimStatusSchema,
  assigneeId: optionalId.optional(),
});

/**
 * One step of a claim already locked (`before`), through the workflow, with
 * its revision and webhook events: the status buttons' and a review's
 * (lib/reviews/), which passes `approvedReview` for the approval it records.
 */
export async function moveClaimStatus(
  tx: Tx,
  actor: Actor,
  before: ClaimSnapshot,
  status: ClaimStatus,
  { assigneeId, approvedReview }: { assigneeId?: string | null; approvedReview?: boolean } = {},
): Promise<ClaimSnapshot> {
  await assertClaimStep(tx, actor, before.status, status, { approvedReview });
  await tx.claim.update({
    where: { id: before.id },
    data: {
      status,
      ...(assigneeId !== undefined ? { assigneeId } : {}),
      publishedAt: status === "published" ? (before.publishedAt ?? new Date()) : before.publishedAt,
    },
  });
  const after = await claimSnapshot(tx, before.id);
  await recordClaimChange(tx, actor, { entityId: before.id, action: `status.${status}`, before, after });
  return after;
}

/** Moves a claim one step along its workflow (lib/claims/claim-workflow.ts), and (re)assigns it. */
export const changeClaimStatus = defineUseCase({
  action: "claim.update",
  input: changeClaimStatusInput,
  async run({ actor, input, tx }) {
    const before = await lockEditableClaimVersion(tx, input.id, input.version);
    return moveClaimStatus(tx, actor, before, input.status, { assigneeId: input.assigneeId });
  },
});
