import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/use-case";
import { id, linkTypeSchema, optionalText } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";

export const linkClaimsInput = z.object({
  fromClaimId: id,
  toClaimId: id,
  type: linkTypeSchema,
  note: optionalText(1000),
});

/** Links two existing claims, read "from <type> to" (e.g. a denial denies a report). */
export const linkClaims = defineUseCase({
  action: "claim.link",
  input: linkClaimsInput,
  async run({ actor, input, tx }) {
    if (input.fromClaimId === input.toClaimId) {
      throw new AppError(422, "error.selfLink", { fieldErrors: { toClaimId: ["error.selfLink"] } });
    }
    const found = await tx.claim.count({ where: { id: { in: [input.fromClaimId, input.toClaimId] }, deletedAt: null } });
    if (found !== 2) throw notFound("claim");
    const before = await claimSnapshot(tx, input.fromClaimId);
    await tx.claimLink.upsert({
      where: { fromClaimId_toClaimId_type: { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, type: input.type } },
      create: input,
      update: { note: input.note },
    });
    const after = await claimSnapshot(tx, input.fromClaimId);
    await recordClaimChange(tx, actor, { entityId: input.fromClaimId, action: "link", before, after });
    return after;
  },
});
