import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { id, version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { lockClaimVersion } from "./lock-claim";

export const undeleteClaimInput = z.object({ id, version });

/** Brings a soft-deleted claim back, exactly as it was. */
export const undeleteClaim = defineUseCase({
  action: "claim.restore",
  input: undeleteClaimInput,
  async run({ actor, input, tx }) {
    const before = await lockClaimVersion(tx, input.id, input.version);
    await tx.claim.update({ where: { id: input.id }, data: { deletedAt: null } });
    const after = await claimSnapshot(tx, input.id);
    await recordClaimChange(tx, actor, { entityId: input.id, action: "undelete", before, after });
    return after;
  },
});
