import { db } from "@/lib/db/client";
import { publishedClaim } from "@/lib/reader/visibility";

/** What the search can be narrowed to: tags and sources that published claims have, and the verdict scale. */
export async function getSearchFilterOptions() {
  const [tags, sources, verdicts] = await Promise.all([
    db().tag.findMany({
      where: { claims: { some: { claim: publishedClaim } } },
      select: { slug: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
    db().source.findMany({
      where: {
        deletedAt: null,
        mergedIntoId: null,
        OR: [{ claims: { some: publishedClaim } }, { appearances: { some: { claim: publishedClaim } } }],
      },
      select: { slug: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
    db().verdictLevel.findMany({ select: { key: true, labelAr: true, labelEn: true }, orderBy: { position: "asc" } }),
  ]);
  return { tags, sources, verdicts };
}
