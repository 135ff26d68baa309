import { z } from "zod";
import { notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/use-case";
import { id, linkTypeSchema } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { assertClaimsEditable } from "./lock-claim";

export const unlinkClaimsInput = z.object({ fromClaimId: id, toClaimId: id, type: linkTypeSchema });

/** Removes a link between two claims; the revision keeps it for a restore. */
export const unlinkClaims = defineUseCase({
  action: "claim.link",
  input: unlinkClaimsInput,
  async run({ actor, input, tx }) {
    // A deleted claim is frozen, its links either way included, until an admin undeletes it.
    await assertClaimsEditable(tx, [input.fromClaimId, input.toClaimId]);
    const before = await claimSnapshot(tx, input.fromClaimId);
    const { count } = await tx.claimLink.deleteMany({ where: input });
    if (count === 0) throw notFound("link");
    const after = await claimSnapshot(tx, input.fromClaimId);
    await recordClaimChange(tx, actor, { entityId: input.fromClaimId, action: "unlink", before, after });
    return after;
  },
});
