import { db, type Prisma } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { listPage } from "./list-cursor";
import type { SourceListQuery } from "./list-queries";
import { afterUpdatedCursor } from "./list-public-stories";
import { publicSourceSelect } from "./shapes";
import { approvedSource, visibleSource } from "./visibility";

/**
 * Sources readers may see, in sync order (last changed, then id). A merged
 * source is listed with the slug it was merged into, so a partner can follow
 * it; its own profile redirects there.
 */
export async function listPublicSources(query: SourceListQuery) {
  const words = query.q && normalizeArabic(query.q);
  const where: Prisma.SourceWhereInput = {
    AND: [
      { OR: [{ mergedIntoId: { not: null }, deletedAt: null }, visibleSource] },
      query.updated_since ? { updatedAt: { gte: query.updated_since } } : {},
      query.kind ? { kind: query.kind } : {},
      // searchText holds the normalized name and aliases; its trigram index answers "contains".
      words ? { searchText: { contains: words } } : {},
      afterUpdatedCursor(query.cursor),
    ],
  };
  const rows = await db().source.findMany({
    where,
    select: {
      ...publicSourceSelect,
      affiliation: { where: approvedSource, select: { slug: true } },
      mergedInto: { select: { slug: true } },
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  const { page, nextCursor } = listPage(rows, query.limit, (row) => row);
  return {
    sources: page.map(({ affiliation, mergedInto, ...source }) => ({ ...source, affiliation: affiliation?.slug ?? null, mergedInto: mergedInto?.slug ?? null })),
    nextCursor,
  };
}
