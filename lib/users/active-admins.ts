import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Refuses a change that would leave no active admin: the last one could
 * neither be demoted nor disabled, or nobody could manage users any more.
 * The active admins' rows are locked (FOR UPDATE) until the transaction ends,
 * so two admins demoting each other at the same moment cannot both succeed:
 * the second waits, then sees the first one's change.
 */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) {
    throw new AppError(409, "admin.users.lastAdmin");
  }
}
