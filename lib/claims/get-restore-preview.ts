import { z } from "zod";
import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";
import { claimSnapshot } from "./claim-snapshot";
import { storedClaim } from "./restore-scope";

/** A revision id as a history address names it (int8, digits only). */
const REVISION_ID = /^[1-9][0-9]{0,17}$/;

/**
 * What restoring one of a claim's revisions would start from: the claim as
 * it is now and the revision as stored (with the names beside its ids), for
 * the preview that asks before restoring. Null when the revision is not one
 * of this claim's; `readable` is false for a revision no restore can read.
 */
export async function getRestorePreview(claimId: string, revisionId: string) {
  if (!isRecordId(claimId) || !REVISION_ID.test(revisionId)) return null;
  const revision = await db().revision.findUnique({
    where: { id: BigInt(revisionId) },
    select: { id: true, entityType: true, entityId: true, after: true, createdAt: true, actor: { select: { name: true } }, token: { select: { name: true } } },
  });
  if (!revision || revision.entityType !== "claim" || revision.entityId !== claimId || !revision.after) return null;
  const exists = await db().claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!exists) return null;
  const stored = z.record(z.string(), z.unknown()).safeParse(revision.after);
  if (!stored.success) return null;
  return {
    revision: { id: revision.id, createdAt: revision.createdAt, by: revision.actor?.name ?? revision.token?.name ?? null },
    current: await claimSnapshot(db(), claimId),
    stored: stored.data,
    readable: storedClaim.safeParse(stored.data).success,
  };
}

export type RestorePreview = NonNullable<Awaited<ReturnType<typeof getRestorePreview>>>;
