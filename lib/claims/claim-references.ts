import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { roleMay } from "@/lib/permissions";
import { mergeDestinationId } from "@/lib/sources/merge-destination";
import type { AppearanceInput } from "./claim-fields";

// Checks of the records a claim's input names, for every write that takes one.
// An id that names no record is the foreign key's to refuse.

/** The source a merged one lives on in: the end of its merges, unless that was deleted too. */
async function currentMergeTarget(tx: Tx, mergedIntoId: string | null) {
  if (!mergedIntoId) return null;
  const source = await tx.source.findUnique({ where: { id: await mergeDestinationId(tx, mergedIntoId) }, select: { name: true, deletedAt: true } });
  return source && !source.deletedAt ? source : null;
}

/**
 * Refuses a claimant or appearance source that was merged into another or
 * deleted (422 on its field, the message naming the source to choose
 * instead): the claim would show a dead name and miss from the kept source's
 * timeline. Proposed sources are fine: editors propose them while entering a
 * claim. The rows stay locked (FOR SHARE) until the transaction ends, so a
 * merge waits for this claim and then moves it too, rather than leaving it
 * behind. Call it before locking the claim: a merge locks its sources first
 * and then the claims it moves.
 */
export async function assertCurrentSources(tx: Tx, claimantId: string, appearances: Pick<AppearanceInput, "sourceId">[]): Promise<void> {
  const named = [claimantId, ...appearances.map((appearance) => appearance.sourceId)];
  const rows = await tx.$queryRaw<{ id: string; name: string; deletedAt: Date | null; mergedIntoId: string | null }[]>`
    SELECT id, name, "deletedAt", "mergedIntoId" FROM "Source"
    WHERE id = ANY(${[...new Set(named)]}::uuid[]) ORDER BY id FOR SHARE`;
  const gone = new Map(rows.filter((row) => row.deletedAt).map((row) => [row.id, row]));
  const first = named.find((sourceId) => gone.has(sourceId));
  if (!first) return;
  const fieldErrors: Record<string, string[]> = {};
  if (gone.has(claimantId)) fieldErrors.claimantId = ["error.sourceNotCurrent"];
  appearances.forEach((appearance, index) => {
    if (gone.has(appearance.sourceId)) fieldErrors[`appearances.${index}.sourceId`] = ["error.sourceNotCurrent"];
  });
  const dead = gone.get(first)!;
  const into = await currentMergeTarget(tx, dead.mergedIntoId);
  throw into
    ? new AppError(422, "error.sourceMerged", { fieldErrors, params: { source: dead.name, into: into.name } })
    : new AppError(422, "error.sourceDeleted", { fieldErrors, params: { source: dead.name } });
}

/**
 * Refuses an assignee who may not work on claims: a reader, or a disabled
 * account (the form offers only active editors and admins).
 */
export async function assertAssignable(tx: Tx, assigneeId: string | null): Promise<void> {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabledAt: true } });
  if (user && (user.disabledAt || !roleMay(user.role, "claim.update"))) {
    throw new AppError(422, "error.assigneeNotEditor", { fieldErrors: { assigneeId: ["error.assigneeNotEditor"] } });
  }
}
