import { db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/vocabulary";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type SimilarClaim = { id: string; text: string; status: ClaimStatus; saidAt: Date; claimantName: string; score: number };

// How alike (trigram similarity of the normalized texts, or of the query
// within a text) a candidate must be to be offered.
const MIN_SCORE = 0.3;

/**
 * How many claims the candidates may come to: the rarest of the text's stems
 * are taken until their claims add up to this, so the work stays the same
 * however large the archive grows.
 */
const CANDIDATE_BUDGET = 1000;

/**
 * Existing claims (any status, not deleted) that look like `text`. Candidates
 * hold at least one of the text's rarest stems (Postgres' arabic
 * configuration; SearchTerm says how many claims hold each stem), found
 * through the full-text index, so a reworded report still qualifies: a
 * duplicate shares its rare words (names, places, numbers) more surely than
 * its common ones. They are then scored by trigram similarity of the
 * normalized texts, and the query inside a longer claim counts fully. Shown
 * before a new claim is saved, so duplicates are caught at the door; also the
 * editor's claim picker for links. `publishedOnly`: the fact-checks a
 * reader's tip is answered with at once (lib/tips/).
 */
export async function findSimilarClaims(text: string, options: { excludeId?: string; limit?: number; publishedOnly?: boolean } = {}): Promise<SimilarClaim[]> {
  const normalized = normalizeArabic(text);
  if (normalized.length < 3) return [];
  return db().$queryRaw<SimilarClaim[]>`
    WITH stem AS (
      SELECT t.lexeme, sum(t.claims) OVER (ORDER BY t.claims, t.lexeme) AS running
      FROM unnest(tsvector_to_array(to_tsvector('arabic', ${normalized}))) AS s(lexeme)
      JOIN "SearchTerm" t ON t.lexeme = s.lexeme AND t.claims > 0
    ), rare AS (
      SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS any_stem
      FROM stem WHERE running <= ${CANDIDATE_BUDGET} OR running = (SELECT min(running) FROM stem)
    ), candidate AS (
      SELECT c.id, c.text, c.status, c."saidAt", c."claimantId", c."searchText"
      FROM "Claim" c, rare
      WHERE c."searchVector" @@ rare.any_stem
        AND c."deletedAt" IS NULL
        AND c.id IS DISTINCT FROM ${options.excludeId ?? null}::uuid
        AND (${options.publishedOnly ?? false}::boolean IS FALSE OR c.status = 'published')
      LIMIT ${CANDIDATE_BUDGET}
    ), scored AS (
      SELECT candidate.*, greatest(similarity(${normalized}, "searchText"), word_similarity(${normalized}, "searchText"))::float AS score
      FROM candidate
    )
    SELECT scored.id, scored.text, scored.status, scored."saidAt", s.name AS "claimantName", scored.score
    FROM scored JOIN "Source" s ON s.id = scored."claimantId"
    WHERE scored.score >= ${MIN_SCORE}
    ORDER BY scored.score DESC
    LIMIT ${options.limit ?? 5}`;
}
