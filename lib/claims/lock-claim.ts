import type { Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { claimSnapshot, type ClaimSnapshot } from "./claim-snapshot";

/**
 * Optimistic locking: takes the claim at the version the editor loaded and
 * moves it one version on. When someone saved in between, the editor gets a
 * 409 carrying the current version, so nothing is silently overwritten.
 */
export async function lockClaimVersion(tx: Tx, claimId: string, expectedVersion: number): Promise<ClaimSnapshot> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!exists) throw notFound("claim");
    throw new AppError(409, "error.conflict", { data: { current: await claimSnapshot(tx, claimId) } });
  }
  const before = await claimSnapshot(tx, claimId);
  return { ...before, version: expectedVersion };
}
