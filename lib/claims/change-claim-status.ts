import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { claimStatusSchema, id, optionalId, version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { assertClaimStep } from "./claim-workflow";
import { lockEditableClaimVersion } from "./lock-claim";

export const changeClaimStatusInput = z.object({
  id,
  version,
  status: claimStatusSchema,
  assigneeId: optionalId.optional(),
});

/** Moves a claim one step along its workflow (lib/claims/claim-workflow.ts), and (re)assigns it. */
export const changeClaimStatus = defineUseCase({
  action: "claim.update",
  input: changeClaimStatusInput,
  async run({ actor, input, tx }) {
    const before = await lockEditableClaimVersion(tx, input.id, input.version);
    assertClaimStep(actor, before.status, input.status);
    await tx.claim.update({
      where: { id: input.id },
      data: {
        status: input.status,
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
        publishedAt: input.status === "published" ? (before.publishedAt ?? new Date()) : before.publishedAt,
      },
    });
    const after = await claimSnapshot(tx, input.id);
    await recordClaimChange(tx, actor, { entityId: input.id, action: `status.${input.status}`, before, after });
    return after;
  },
});
