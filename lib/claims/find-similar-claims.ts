import { db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums.ts";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type SimilarClaim = { id: string; text: string; status: ClaimStatus; saidAt: Date; claimantName: string; score: number };

// pg_trgm thresholds for the `%` and `<%` operators (set per transaction, so
// the trigram index can answer): loose enough for a reworded report.
const SIMILARITY = "0.3";
const WORD_SIMILARITY = "0.5";

/**
 * Existing claims (any status, not deleted) that look like `text`: stemmed
 * full-text overlap (Postgres' arabic configuration) or trigram similarity
 * of the normalized text, all three through indexes. Shown before a new
 * claim is saved, so duplicates are caught at the door; also the editor's
 * claim picker for links.
 */
export async function findSimilarClaims(text: string, options: { excludeId?: string; limit?: number } = {}): Promise<SimilarClaim[]> {
  const normalized = normalizeArabic(text);
  if (normalized.length < 3) return [];
  return db().$transaction(async (tx) => {
    // The planner prices trigram matching of a whole claim's text far too low and scans the
    // table (130 ms at 3,000 claims); through the GIN index it takes a quarter of that.
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${SIMILARITY}, true),
                              set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY}, true),
                              set_config('enable_seqscan', 'off', true)`;
    return tx.$queryRaw<SimilarClaim[]>`
      WITH query AS (SELECT ${normalized}::text AS q, plainto_tsquery('arabic', ${normalized}) AS ts),
      candidates AS (
        SELECT c.id FROM "Claim" c, query WHERE to_tsvector('arabic', c."searchText") @@ query.ts
        UNION SELECT c.id FROM "Claim" c, query WHERE c."searchText" % query.q
        UNION SELECT c.id FROM "Claim" c, query WHERE query.q <% c."searchText"
      )
      SELECT c.id, c.text, c.status, c."saidAt", s.name AS "claimantName",
             greatest(word_similarity(query.q, c."searchText"), similarity(query.q, c."searchText"),
                      ts_rank(to_tsvector('arabic', c."searchText"), query.ts))::float AS score
      FROM candidates
      JOIN "Claim" c ON c.id = candidates.id
      JOIN "Source" s ON s.id = c."claimantId"
      CROSS JOIN query
      WHERE c."deletedAt" IS NULL AND c.id IS DISTINCT FROM ${options.excludeId ?? null}::uuid
      ORDER BY score DESC
      LIMIT ${options.limit ?? 5}`;
  });
}
