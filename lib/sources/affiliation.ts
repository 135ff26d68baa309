import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const refuse = (messageKey: "admin.sources.affiliationMissing" | "admin.sources.affiliationLoop") =>
  new AppError(422, messageKey, { fieldErrors: { affiliationId: [messageKey] } });

/**
 * Checks that a source may speak for `affiliationId` (Peskov → the Kremlin):
 * it exists, is neither merged nor deleted, and the chain of affiliations
 * does not lead back to the source itself, so walking it always ends.
 */
export async function assertValidAffiliation(tx: Tx, sourceId: string | null, affiliationId: string | null): Promise<void> {
  const seen = new Set<string>();
  for (let current = affiliationId; current; ) {
    if (current === sourceId || seen.has(current)) throw refuse("admin.sources.affiliationLoop");
    seen.add(current);
    const affiliation = await tx.source.findUnique({ where: { id: current }, select: { affiliationId: true, deletedAt: true } });
    if (!affiliation || (current === affiliationId && affiliation.deletedAt)) throw refuse("admin.sources.affiliationMissing");
    current = affiliation.affiliationId;
  }
}
