import { createClaimInput, insertClaim } from "@/lib/claims/create-claim";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";

export const createClaimFromTipInput = createClaimInput.extend({ tipGroupId: id });

/**
 * The desk turns a group of tips into a claim: the claim as the new-claim
 * form entered it, and every open tip of the group marked converted with it,
 * in one transaction (each tip with a revision), so the tipsters' status
 * pages lead to the claim once it is published.
 */
export const createClaimFromTip = defineUseCase({
  action: "claim.create",
  input: createClaimFromTipInput,
  run: async ({ actor, input, tx }) => {
    const { tipGroupId, ...claimInput } = input;
    const tips = await tx.tip.findMany({ where: { groupId: tipGroupId, status: "open" }, select: { id: true } });
    if (tips.length === 0) throw new AppError(409, "error.tipNotOpen");
    const claim = await insertClaim(tx, actor, claimInput);
    await tx.tip.updateMany({ where: { id: { in: tips.map((tip) => tip.id) } }, data: { status: "converted", claimId: claim.id } });
    for (const tip of tips) {
      await recordRevision(tx, actor, { entityType: "tip", entityId: tip.id, action: "convert", before: { status: "open" }, after: { status: "converted", claimId: claim.id } });
    }
    return claim;
  },
});
