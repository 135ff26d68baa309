import { db } from "@/lib/db/client";
import type { SourceKind, SourceStatus } from "@/lib/db/generated/enums.ts";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type SourceSuggestion = { id: string; slug: string; name: string; nameEn: string | null; kind: SourceKind; status: SourceStatus };

// Low enough for one-letter spelling variants of short names (بلومبرج / بلومبرغ).
const SIMILARITY = 0.45;

/**
 * Sources whose name, English name or an alias matches what an editor is
 * typing: substring or trigram-similar on the normalized text. Merged and
 * deleted sources are never offered.
 */
export async function suggestSources(query: string, limit = 8): Promise<SourceSuggestion[]> {
  const normalized = normalizeArabic(query);
  if (!normalized) return [];
  const contains = `%${normalized.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db().$queryRaw<SourceSuggestion[]>`
    SELECT id, slug, name, "nameEn", kind, status
    FROM "Source"
    WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL
      AND ("searchText" LIKE ${contains} OR word_similarity(${normalized}, "searchText") > ${SIMILARITY})
    ORDER BY ("searchText" LIKE ${contains}) DESC, word_similarity(${normalized}, "searchText") DESC, name
    LIMIT ${limit}`;
}
