import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { formBoolean, id } from "@/lib/validation/fields";
import { endSessions } from "@/lib/auth/session-generation";
import { assertAnotherActiveAdmin } from "./active-admins";
import { publicUserSelect, userNotFound } from "./user-fields";

export const setUserDisabledInput = z.object({
  userId: id,
  disabled: formBoolean,
});

/**
 * Disables an account (it is signed out on its next request, and its API
 * tokens stop working) or enables it again. Nothing is deleted: the
 * account's revisions keep naming who made them.
 */
export const setUserDisabled = defineUseCase({
  action: "user.manage",
  input: setUserDisabledInput,
  async run({ actor, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: publicUserSelect });
    if (!before) throw userNotFound();
    if (Boolean(before.disabledAt) === input.disabled) return before;
    if (input.disabled && before.role === "admin") await assertAnotherActiveAdmin(tx, before.id);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { disabledAt: input.disabled ? new Date() : null },
      select: publicUserSelect,
    });
    if (input.disabled) await endSessions(tx, after.id);
    await recordRevision(tx, actor, { entityType: "user", entityId: after.id, action: input.disabled ? "disable" : "enable", before, after });
    return after;
  },
});
