import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";

export const dismissTipGroupInput = z.object({ groupId: id });

/** The desk sets a group of tips aside (not a claim worth checking, spam): every open tip in it, each with a revision. */
export const dismissTipGroup = defineUseCase({
  action: "tip.review",
  input: dismissTipGroupInput,
  run: async ({ actor, input, tx }) => {
    const tips = await tx.tip.findMany({ where: { groupId: input.groupId, status: "open" }, select: { id: true } });
    if (tips.length === 0) throw new AppError(409, "error.tipNotOpen");
    await tx.tip.updateMany({ where: { id: { in: tips.map((tip) => tip.id) } }, data: { status: "dismissed" } });
    for (const tip of tips) await recordRevision(tx, actor, { entityType: "tip", entityId: tip.id, action: "dismiss", before: { status: "open" }, after: { status: "dismissed" } });
    return { groupId: input.groupId, dismissed: tips.length };
  },
});
