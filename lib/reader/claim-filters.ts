import { Prisma } from "@/lib/db/generated/client.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a list of claims can be narrowed by: slugs and keys as they appear in addresses, days as YYYY-MM-DD. */
export type ClaimFilters = { tag?: string; source?: string; verdict?: string; story?: string; from?: string; to?: string };

/**
 * The SQL conditions for `filters` on a claim aliased `c`, shared by the
 * reader's search and the API's list. Each is an EXISTS on an indexed key,
 * so a filter narrows rather than joins.
 */
export function claimFilterConditions(filters: ClaimFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.tag) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."claimId" = c.id AND t.slug = ${filters.tag})`);
  }
  if (filters.story) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "StoryClaim" sc JOIN "Story" st ON st.id = sc."storyId" WHERE sc."claimId" = c.id AND st.slug = ${filters.story})`);
  }
  if (filters.source) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Source" s WHERE s.slug = ${filters.source} AND (c."claimantId" = s.id
        OR EXISTS (SELECT 1 FROM "Appearance" a WHERE a."claimId" = c.id AND a."sourceId" = s.id)))`);
  }
  if (filters.verdict) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "VerdictLevel" v WHERE v.id = c."verdictId" AND v.key = ${filters.verdict})`);
  }
  // Days are UTC calendar days, as claim dates are stored; `to` includes its whole day.
  if (filters.from) conditions.push(Prisma.sql`c."saidAt" >= ${new Date(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`c."saidAt" < ${new Date(new Date(filters.to).getTime() + DAY_MS)}`);
  return conditions;
}
