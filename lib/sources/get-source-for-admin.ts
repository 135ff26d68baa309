import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";

/**
 * A source as the admin's edit page shows it: the record, whom it speaks for,
 * what it was merged into (if it was), what was merged into it (each
 * undoable), and how much points at it.
 */
export async function getSourceForAdmin(sourceId: string) {
  if (!isRecordId(sourceId)) return null;
  return db().source.findUnique({
    where: { id: sourceId },
    include: {
      affiliation: { select: { id: true, name: true, nameEn: true } },
      mergedInto: { select: { id: true, name: true, nameEn: true } },
      mergedFrom: { where: { deletedAt: { not: null } }, select: { id: true, name: true, nameEn: true, deletedAt: true }, orderBy: { deletedAt: "desc" } },
      _count: { select: { claims: true, appearances: true, affiliates: true } },
    },
  });
}

export type SourceForAdmin = NonNullable<Awaited<ReturnType<typeof getSourceForAdmin>>>;

/** How many proposed sources wait for an admin's review. */
export const countProposedSources = () => db().source.count({ where: { status: "proposed", deletedAt: null } });
