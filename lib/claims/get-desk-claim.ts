import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";
import { listVerdictLevels } from "@/lib/verdicts/list-verdict-levels";
import { claimSnapshot } from "./claim-snapshot";

/**
 * A claim as the editor's desk shows it, whatever its status: the editable
 * snapshot plus the claims linking to it and the names behind the links.
 */
export async function getDeskClaim(id: string) {
  if (!isRecordId(id)) return null;
  const exists = await db().claim.findUnique({ where: { id }, select: { id: true } });
  if (!exists) return null;
  const snapshot = await claimSnapshot(db(), id);
  const [incoming, outgoing, verdictLevels] = await Promise.all([
    db().claimLink.findMany({
      where: { toClaimId: id, fromClaim: { deletedAt: null } },
      select: { type: true, fromClaim: { select: { id: true, text: true, claimant: { select: { name: true } } } } },
    }),
    db().claimLink.findMany({
      where: { fromClaimId: id },
      select: { type: true, toClaim: { select: { id: true, text: true, deletedAt: true, claimant: { select: { name: true } } } } },
    }),
    listVerdictLevels(),
  ]);
  return { claim: snapshot, incoming, outgoing, verdictLevels };
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof getDeskClaim>>>;
