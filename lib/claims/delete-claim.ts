import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { id, version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { lockEditableClaimVersion } from "./lock-claim";

export const deleteClaimInput = z.object({ id, version });

/**
 * Soft delete: the claim disappears for readers and editors; admins can
 * restore it. Deleting it again is refused (409), not a second "delete".
 */
export const deleteClaim = defineUseCase({
  action: "claim.delete",
  input: deleteClaimInput,
  async run({ actor, input, tx }) {
    const before = await lockEditableClaimVersion(tx, input.id, input.version);
    await tx.claim.update({ where: { id: input.id }, data: { deletedAt: new Date() } });
    const after = await claimSnapshot(tx, input.id);
    await recordClaimChange(tx, actor, { entityId: input.id, action: "delete", before, after });
    return after;
  },
});
