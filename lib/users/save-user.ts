import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { endSessions } from "@/lib/auth/session-generation";
import { assertAnotherActiveAdmin } from "./active-admins";
import { defaultUserName, email, password, publicUserSelect, role, userName } from "./user-fields";

export const saveUserInput = z.object({ email, name: userName.optional(), role, password });

/**
 * Creates a user, or updates the one with that email (role, name, password).
 * The command line's `user:create` and the demo accounts land here; the
 * admin's "new account" form uses create-user.ts, which never overwrites.
 */
export const saveUser = defineUseCase({
  action: "user.manage",
  input: saveUserInput,
  async run({ actor, input, tx }) {
    const passwordHash = await hashPassword(input.password);
    const before = await tx.user.findUnique({ where: { email: input.email }, select: publicUserSelect });
    if (before?.role === "admin" && !before.disabledAt && input.role !== "admin") await assertAnotherActiveAdmin(tx, before.id);
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? defaultUserName(input.email), role: input.role, passwordHash },
      update: { role: input.role, passwordHash, ...(input.name ? { name: input.name } : {}) },
      select: publicUserSelect,
    });
    // A new password (or role) ends the sessions signed in with the old one.
    if (before) await endSessions(tx, user.id);
    await recordRevision(tx, actor, {
      entityType: "user",
      entityId: user.id,
      action: before ? "update" : "create",
      before: before ?? undefined,
      after: user,
    });
    return { user, created: !before };
  },
});
