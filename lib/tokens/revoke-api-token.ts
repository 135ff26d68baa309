import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { publicTokenSelect, tokenNotFound } from "./token-fields";

export const revokeApiTokenInput = z.object({ tokenId: id });

/** Turns a token off for good, from its next request; revoking it twice changes nothing. */
export const revokeApiToken = defineUseCase({
  action: "token.manage",
  input: revokeApiTokenInput,
  async run({ actor, input, tx }) {
    const before = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: publicTokenSelect });
    if (!before) throw tokenNotFound();
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() }, select: publicTokenSelect });
    await recordRevision(tx, actor, { entityType: "apiToken", entityId: after.id, action: "revoke", before, after });
    return after;
  },
});
