import { db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/vocabulary";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type SimilarClaim = { id: string; text: string; status: ClaimStatus; saidAt: Date; claimantName: string; score: number };

// How alike (trigram similarity of the normalized texts, or of the query
// within a text) a candidate must be to be offered.
const MIN_SCORE = 0.3;

/**
 * Existing claims (any status, not deleted) that look like `text`. Candidates
 * share at least one stemmed word with it (Postgres' arabic configuration,
 * through the full-text index), so a reworded report still qualifies; they are
 * then scored by trigram similarity of the normalized texts, and the query
 * inside a longer claim counts fully. Shown before a new claim is saved, so
 * duplicates are caught at the door; also the editor's claim picker for links.
 */
export async function findSimilarClaims(text: string, options: { excludeId?: string; limit?: number } = {}): Promise<SimilarClaim[]> {
  const normalized = normalizeArabic(text);
  if (normalized.length < 3) return [];
  return db().$queryRaw<SimilarClaim[]>`
    WITH query AS (
      SELECT ${normalized}::text AS q,
             -- any of the query's stems, not all of them: plainto_tsquery joins them with &
             replace(plainto_tsquery('arabic', ${normalized})::text, '&', '|')::tsquery AS any_stem
    ),
    scored AS (
      SELECT c.id, c.text, c.status, c."saidAt", c."claimantId",
             greatest(similarity(query.q, c."searchText"), word_similarity(query.q, c."searchText"))::float AS score
      FROM "Claim" c CROSS JOIN query
      WHERE to_tsvector('arabic', c."searchText") @@ query.any_stem
        AND c."deletedAt" IS NULL
        AND c.id IS DISTINCT FROM ${options.excludeId ?? null}::uuid
    )
    SELECT scored.id, scored.text, scored.status, scored."saidAt", s.name AS "claimantName", scored.score
    FROM scored JOIN "Source" s ON s.id = scored."claimantId"
    WHERE scored.score >= ${MIN_SCORE}
    ORDER BY scored.score DESC
    LIMIT ${options.limit ?? 5}`;
}
