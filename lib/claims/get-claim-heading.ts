import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";

/**
 * What a desk page about one claim names it by (its words and claimant), for
 * pages that act on a claim without editing it: its history, or an answer to
 * it. A deleted claim keeps its history, but nobody answers it.
 */
export async function getClaimHeading(id: string, { includeDeleted }: { includeDeleted: boolean }) {
  if (!isRecordId(id)) return null;
  return db().claim.findFirst({
    where: { id, ...(includeDeleted ? {} : { deletedAt: null }) },
    select: { id: true, version: true, text: true, status: true, deletedAt: true, claimant: { select: { name: true } } },
  });
}
