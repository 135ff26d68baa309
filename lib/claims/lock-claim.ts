import type { Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { claimSnapshot, type ClaimSnapshot } from "./claim-snapshot";

// What a write to a deleted claim gets: it is frozen until an admin undeletes it.
const claimDeleted = () => new AppError(409, "error.claimDeleted");

/**
 * Optimistic locking: takes the claim at the version the editor loaded and
 * moves it one version on. When someone saved in between, the editor gets a
 * 409 carrying the current version, so nothing is silently overwritten.
 * This takes a deleted claim too, for undeleting it; the other versioned
 * writes go through lockEditableClaimVersion.
 */
export function lockClaimVersion(tx: Tx, claimId: string, expectedVersion: number): Promise<ClaimSnapshot> {
  return lockVersion(tx, claimId, expectedVersion, { refuseDeleted: false });
}

/**
 * lockClaimVersion for the writes that change a claim: its fields, status,
 * verdict, an earlier revision restored, or its deletion. A deleted claim is
 * refused (409 error.claimDeleted) whatever version the editor loaded: a plain
 * conflict would offer a merge that can only be refused again.
 */
export function lockEditableClaimVersion(tx: Tx, claimId: string, expectedVersion: number): Promise<ClaimSnapshot> {
  return lockVersion(tx, claimId, expectedVersion, { refuseDeleted: true });
}

async function lockVersion(
  tx: Tx,
  claimId: string,
  expectedVersion: number,
  { refuseDeleted }: { refuseDeleted: boolean },
): Promise<ClaimSnapshot> {
  // The deletion is checked in the same statement that takes the row, so a
  // delete committed meanwhile cannot slip between a check and the write.
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion, ...(refuseDeleted ? { deletedAt: null } : {}) },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const found = await tx.claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
    if (!found) throw notFound("claim");
    if (refuseDeleted && found.deletedAt) throw claimDeleted();
    throw new AppError(409, "error.conflict", { data: { current: await claimSnapshot(tx, claimId) } });
  }
  const before = await claimSnapshot(tx, claimId);
  return { ...before, version: expectedVersion };
}

/**
 * The same refusal for writes that move no version (a link removed): 404 when
 * one of the claims is not there, 409 error.claimDeleted when one was deleted.
 */
export async function assertClaimsEditable(tx: Tx, claimIds: string[]): Promise<void> {
  const found = await tx.claim.findMany({ where: { id: { in: claimIds } }, select: { deletedAt: true } });
  if (found.length < claimIds.length) throw notFound("claim");
  if (found.some((claim) => claim.deletedAt)) throw claimDeleted();
}
