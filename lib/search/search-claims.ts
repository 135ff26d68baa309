import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { claimCardSelect, toClaimCard } from "@/lib/reader/claim-card";
import { claimFilterConditions } from "@/lib/reader/claim-filters";
import { publishedClaim } from "@/lib/reader/visibility";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { hasSearchFilters, type SearchQuery } from "./search-query";
import { spelledLikeSql, WORD_SIMILARITY_THRESHOLD } from "./word-similarity";

export const SEARCH_PAGE_SIZE = 20;

// A claim found through who said or carried it ranks with one whose words match well.
const SOURCE_MATCH_RANK = 0.5;

/** Past this many matches the total is not counted: the reader sees "more than 1,000". */
export const SEARCH_TOTAL_CAP = 1000;

/**
 * Published claims matching the reader's words and filters, best first.
 *
 * The words are normalized as stored text is (normalizeArabic: diacritics,
 * tatweel and bidi controls gone, alef forms folded), then a claim matches
 * when any of these holds:
 * - its stored Arabic full-text vector holds every word's stem, or a
 *   spelling variant of it (the stemmer makes الكرملين find كرملين; the
 *   variants of a stem, زيلنسكي for زيلينسكي, are the SearchTerm lexemes
 *   spelled like it, by trigram similarity);
 * - a source matching the words by name or alias (word similarity on
 *   Source.searchText) said the claim or carried it: بلومبرغ finds the
 *   claims carried by بلومبرج, whose aliases include بلومبرغ.
 * Rank: ts_rank on the stored vector, plus a fixed amount for a source
 * match. Without words, the filters alone list claims newest first. The
 * total stops counting at SEARCH_TOTAL_CAP (`totalCapped`): counting 36,000
 * matches of a common word costs more than the page itself.
 */
export async function searchClaims(query: SearchQuery) {
  const words = normalizeArabic(query.q ?? "");
  if (!words && !hasSearchFilters(query)) return { total: 0, totalCapped: false, claims: [] };

  const hits = await db().$queryRaw<{ id: string; total: number }[]>(claimSearchSql(words, query));
  if (hits.length === 0) return { total: 0, totalCapped: false, claims: [] };

  const rows = await db().claim.findMany({ where: { id: { in: hits.map((hit) => hit.id) }, ...publishedClaim }, select: claimCardSelect });
  const byId = new Map(rows.map((row) => [row.id, toClaimCard(row)]));
  const counted = hits[0]!.total;
  return { total: Math.min(counted, SEARCH_TOTAL_CAP), totalCapped: counted > SEARCH_TOTAL_CAP, claims: hits.flatMap((hit) => byId.get(hit.id) ?? []) };
}

/**
 * The ranked page of claim ids (with the total, counted up to one past
 * SEARCH_TOTAL_CAP) for normalized `words`. Each way of matching is its own
 * branch of a UNION so that each can use its index (the GIN index on the
 * stored vector, the claimant and appearance-source indexes); one OR across
 * them would make the planner read every claim.
 */
export function claimSearchSql(words: string, query: SearchQuery): Prisma.Sql {
  const conditions = [Prisma.sql`c.status = 'published' AND c."deletedAt" IS NULL`, ...claimFilterConditions(query)];
  const page = Prisma.sql`LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(query.page - 1) * SEARCH_PAGE_SIZE}`;
  const total = Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM hit LIMIT ${SEARCH_TOTAL_CAP + 1}) capped)::int AS total`;
  if (!words) {
    return Prisma.sql`
      WITH hit AS (SELECT c.id, c."saidAt" FROM "Claim" c WHERE ${Prisma.join(conditions, " AND ")})
      SELECT id, ${total} FROM hit ORDER BY "saidAt" DESC, id ${page}`;
  }
  return Prisma.sql`
    WITH ${spelledLikeSql(words)},
    matching_source AS (
      SELECT id FROM "Source"
      WHERE ${words} <% "searchText" AND word_similarity(${words}, "searchText") >= ${WORD_SIMILARITY_THRESHOLD} AND "deletedAt" IS NULL
    ), candidate AS (
      SELECT c.id FROM "Claim" c, terms WHERE c."searchVector" @@ terms.query
      UNION SELECT id FROM "Claim" WHERE "claimantId" IN (SELECT id FROM matching_source)
      UNION SELECT "claimId" FROM "Appearance" WHERE "sourceId" IN (SELECT id FROM matching_source)
    ), hit AS (
      SELECT c.id, c."saidAt",
        coalesce(ts_rank(c."searchVector", terms.query), 0)
          + CASE WHEN c."claimantId" IN (SELECT id FROM matching_source) THEN ${SOURCE_MATCH_RANK}::float8 ELSE 0 END AS rank
      FROM "Claim" c JOIN candidate USING (id) CROSS JOIN terms
      WHERE ${Prisma.join(conditions, " AND ")}
    )
    SELECT id, ${total} FROM hit ORDER BY rank DESC, "saidAt" DESC, id ${page}`;
}

export type ClaimSearchResult = Awaited<ReturnType<typeof searchClaims>>;
