import { db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums.ts";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type SimilarClaim = { id: string; text: string; status: ClaimStatus; saidAt: Date; claimantName: string; score: number };

/**
 * Existing claims (any status, not deleted) that look like `text`: stemmed
 * full-text overlap (Postgres' arabic configuration) or trigram similarity
 * of the normalized text. Shown before a new claim is saved, so duplicates
 * are caught at the door; also the editor's claim picker for links.
 */
export async function findSimilarClaims(text: string, options: { excludeId?: string; limit?: number } = {}): Promise<SimilarClaim[]> {
  const normalized = normalizeArabic(text);
  if (normalized.length < 3) return [];
  return db().$queryRaw<SimilarClaim[]>`
    WITH query AS (
      SELECT ${normalized}::text AS q, plainto_tsquery('arabic', ${normalized}) AS ts
    )
    SELECT c.id, c.text, c.status, c."saidAt", s.name AS "claimantName",
           greatest(word_similarity(query.q, c."searchText"), similarity(query.q, c."searchText"),
                    ts_rank(to_tsvector('arabic', c."searchText"), query.ts))::float AS score
    FROM "Claim" c
    JOIN "Source" s ON s.id = c."claimantId"
    CROSS JOIN query
    WHERE c."deletedAt" IS NULL
      AND c.id IS DISTINCT FROM ${options.excludeId ?? null}::uuid
      AND (to_tsvector('arabic', c."searchText") @@ query.ts
           OR word_similarity(query.q, c."searchText") > 0.5
           OR similarity(query.q, c."searchText") > 0.3)
    ORDER BY score DESC
    LIMIT ${options.limit ?? 5}`;
}
