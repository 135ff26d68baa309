import { z } from "zod";
import { endSessions } from "@/lib/auth/session-generation";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { publicUserSelect, userNotFound } from "./user-fields";

export const endUserSessionsInput = z.object({ userId: id });

/**
 * Signs a user out on every device, a copied cookie included (a lost laptop, a
 * shared computer), without disabling the account: they can sign in again.
 */
export const endUserSessions = defineUseCase({
  action: "user.manage",
  input: endUserSessionsInput,
  async run({ actor, input, tx }) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: publicUserSelect });
    if (!user) throw userNotFound();
    await endSessions(tx, user.id);
    await recordRevision(tx, actor, { entityType: "user", entityId: user.id, action: "endSessions", before: user, after: user });
    return user;
  },
});
