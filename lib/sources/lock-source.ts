import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sourceNotFound } from "./source-fields";

/**
 * Optimistic locking: takes the source at the version the admin loaded and
 * moves it one version on. When someone saved in between (or merged it
 * away), the admin gets a 409 carrying the current record, so nothing is
 * silently overwritten. Returns the source as it was before.
 */
export async function lockSourceVersion(tx: Tx, sourceId: string, expectedVersion: number) {
  const before = await tx.source.findUnique({ where: { id: sourceId } });
  if (!before || before.deletedAt) throw sourceNotFound();
  const { count } = await tx.source.updateMany({
    where: { id: sourceId, version: expectedVersion, deletedAt: null },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.source.findUnique({ where: { id: sourceId } });
    throw new AppError(409, "admin.sources.conflict", { data: { current } });
  }
  return before;
}

/**
 * Locks sources' rows (FOR UPDATE) for the rest of the transaction, in id
 * order so that two merges of the same pair cannot deadlock, and returns
 * them as they are now.
 */
export async function lockSources(tx: Tx, ids: string[]) {
  for (const id of [...ids].sort()) await tx.$queryRaw`SELECT 1 FROM "Source" WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.source.findMany({ where: { id: { in: ids } } });
}
