import { db } from "@/lib/db/client";
import { visibleSource } from "@/lib/reader/visibility";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { WORD_SIMILARITY_THRESHOLD } from "./word-similarity";

const SOURCE_RESULTS = 6;

/**
 * Sources whose name, English name or an alias matches the reader's words
 * (pg_trgm word similarity on the normalized names, so بلومبرغ, بلومبيرغ
 * and Bloomberg all find بلومبرج), best match first. Merged and private
 * sources are left out.
 */
export async function searchSources(q: string | undefined) {
  const words = normalizeArabic(q ?? "");
  if (!words) return [];
  const hits = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Source"
    WHERE ${words} <% "searchText" AND word_similarity(${words}, "searchText") >= ${WORD_SIMILARITY_THRESHOLD}
      AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL
    ORDER BY word_similarity(${words}, "searchText") DESC, name
    LIMIT ${SOURCE_RESULTS}`;
  const sources = await db().source.findMany({
    where: { id: { in: hits.map((hit) => hit.id) }, ...visibleSource },
    select: { id: true, slug: true, name: true, nameEn: true, kind: true, aliases: true },
  });
  const order = new Map(hits.map((hit, index) => [hit.id, index]));
  return sources.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
