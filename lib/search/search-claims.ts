import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { claimCardSelect, toClaimCard } from "@/lib/reader/claim-card";
import { claimFilterConditions } from "@/lib/reader/claim-filters";
import { publishedClaim } from "@/lib/reader/visibility";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { hasSearchFilters, type SearchQuery } from "./search-query";
import { withWordSimilarity } from "./word-similarity";

export const SEARCH_PAGE_SIZE = 20;

// A claim found through who said or carried it ranks with one whose words match well.
const SOURCE_MATCH_RANK = 0.5;

/**
 * Published claims matching the reader's words and filters, best first.
 *
 * The words are normalized as stored text is (normalizeArabic: diacritics,
 * tatweel and bidi controls gone, alef forms folded), then a claim matches
 * when any of these holds:
 * - the Arabic full-text index: the stemmer makes الكرملين find كرملين;
 * - pg_trgm word similarity on the claim's text, so spelling variants of a
 *   name (زيلنسكي / زيلينسكي) still match;
 * - a source matching the words by name or alias (word similarity on
 *   Source.searchText) said the claim or carried it: بلومبرغ finds the
 *   claims carried by بلومبرج, whose aliases include بلومبرغ.
 * Rank: ts_rank + word similarity, plus a fixed amount for a source match.
 * Without words, the filters alone list claims newest first.
 */
export async function searchClaims(query: SearchQuery) {
  const words = normalizeArabic(query.q ?? "");
  if (!words && !hasSearchFilters(query)) return { total: 0, claims: [] };

  const hits = await withWordSimilarity((tx) => tx.$queryRaw<{ id: string; total: number }[]>(claimSearchSql(words, query)));
  if (hits.length === 0) return { total: 0, claims: [] };

  const rows = await db().claim.findMany({ where: { id: { in: hits.map((hit) => hit.id) }, ...publishedClaim }, select: claimCardSelect });
  const byId = new Map(rows.map((row) => [row.id, toClaimCard(row)]));
  return { total: hits[0]!.total, claims: hits.flatMap((hit) => byId.get(hit.id) ?? []) };
}

/**
 * The ranked page of claim ids (with the total) for normalized `words`.
 * Each way of matching is its own branch of a UNION so that each can use
 * its index (the Arabic full-text and trigram GIN indexes on Claim, the
 * claimant and appearance-source indexes); one OR across them would make
 * the planner read every claim.
 */
export function claimSearchSql(words: string, query: SearchQuery): Prisma.Sql {
  const conditions = [Prisma.sql`c.status = 'published' AND c."deletedAt" IS NULL`, ...claimFilterConditions(query)];
  const page = Prisma.sql`LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(query.page - 1) * SEARCH_PAGE_SIZE}`;
  if (!words) {
    return Prisma.sql`
      SELECT c.id, count(*) OVER ()::int AS total FROM "Claim" c
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY c."saidAt" DESC, c.id ${page}`;
  }
  return Prisma.sql`
    WITH matching_source AS (
      SELECT id FROM "Source" WHERE ${words} <% "searchText" AND "deletedAt" IS NULL
    ), candidate AS (
      SELECT id FROM "Claim" WHERE to_tsvector('arabic', "searchText") @@ plainto_tsquery('arabic', ${words})
      UNION SELECT id FROM "Claim" WHERE ${words} <% "searchText"
      UNION SELECT id FROM "Claim" WHERE "claimantId" IN (SELECT id FROM matching_source)
      UNION SELECT "claimId" FROM "Appearance" WHERE "sourceId" IN (SELECT id FROM matching_source)
    )
    SELECT c.id, count(*) OVER ()::int AS total
    FROM "Claim" c JOIN candidate USING (id)
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY
      ts_rank(to_tsvector('arabic', c."searchText"), plainto_tsquery('arabic', ${words}))
        + word_similarity(${words}, c."searchText")
        + CASE WHEN c."claimantId" IN (SELECT id FROM matching_source) THEN ${SOURCE_MATCH_RANK}::float8 ELSE 0 END DESC,
      c."saidAt" DESC, c.id
    ${page}`;
}

export type ClaimSearchResult = Awaited<ReturnType<typeof searchClaims>>;
