import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { endSessions } from "@/lib/auth/session-generation";
import { assertAnotherActiveAdmin } from "./active-admins";
import { publicUserSelect, role, userNotFound } from "./user-fields";

export const changeUserRoleInput = z.object({ userId: id, role });

/** Gives a user another role and ends their sessions: they sign in again under it. */
export const changeUserRole = defineUseCase({
  action: "user.manage",
  input: changeUserRoleInput,
  async run({ actor, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: publicUserSelect });
    if (!before) throw userNotFound();
    if (before.role === input.role) return before;
    if (before.role === "admin" && !before.disabledAt) await assertAnotherActiveAdmin(tx, before.id);
    const after = await tx.user.update({ where: { id: before.id }, data: { role: input.role }, select: publicUserSelect });
    await endSessions(tx, after.id);
    await recordRevision(tx, actor, { entityType: "user", entityId: after.id, action: "changeRole", before, after });
    return after;
  },
});
