import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client.ts";
import { db } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

/** The source list's query string; a tampered value falls back to the default rather than failing the page. */
export const sourceListParams = z.object({
  q: z.string().max(200).catch(""),
  status: z.enum(["all", "proposed", "active"]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type SourceStatusFilter = z.output<typeof sourceListParams>["status"];

export const SOURCES_PAGE_SIZE = 30;

/**
 * The match and ranking of sources by a typed name: live (not deleted)
 * sources whose name, English name or an alias contains the query or is
 * spelled like it, both sides Arabic-normalized; those that contain it first,
 * then the closest spellings. Both conditions use the trigram index on
 * searchText (ILIKE and the `<%` operator, which matches at the connection's
 * word-similarity threshold: lib/db/client.ts).
 */
export function sourceMatchSql(options: { query?: string; status?: SourceStatusFilter; excludeId?: string }) {
  const normalized = normalizeArabic(options.query ?? "");
  const contains = `%${normalized.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const matches = normalized
    ? Prisma.sql`AND ("searchText" ILIKE ${contains} OR ${normalized} <% "searchText")`
    : Prisma.empty;
  const status = options.status && options.status !== "all" ? Prisma.sql`AND status = ${options.status}::"SourceStatus"` : Prisma.empty;
  const exclude = options.excludeId ? Prisma.sql`AND id <> ${options.excludeId}::uuid` : Prisma.empty;
  const ranking = normalized
    ? Prisma.sql`("searchText" ILIKE ${contains}) DESC, word_similarity(${normalized}, "searchText") DESC,`
    : Prisma.empty;
  return {
    where: Prisma.sql`"deletedAt" IS NULL ${status} ${exclude} ${matches}`,
    orderBy: Prisma.sql`${ranking} name, id`,
  };
}

/** The admin's source list: sourceMatchSql's matches, a page at a time, with how many claims and appearances each has. */
export async function searchSources(options: { query?: string; status?: SourceStatusFilter; page?: number; excludeId?: string }) {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const match = sourceMatchSql(options);
  const ranked = await db().$queryRaw<{ id: string; total: bigint }[]>`
    SELECT id, count(*) OVER () AS total
    FROM "Source"
    WHERE ${match.where}
    ORDER BY ${match.orderBy}
    LIMIT ${SOURCES_PAGE_SIZE} OFFSET ${(page - 1) * SOURCES_PAGE_SIZE}`;

  const rows = await db().source.findMany({
    where: { id: { in: ranked.map((row) => row.id) } },
    include: {
      affiliation: { select: { id: true, name: true, nameEn: true } },
      _count: { select: { claims: true, appearances: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = Number(ranked[0]?.total ?? 0);
  return {
    sources: ranked.map((row) => byId.get(row.id)!),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)),
  };
}

export type SourceSearchResult = Awaited<ReturnType<typeof searchSources>>;
export type SourceListEntry = SourceSearchResult["sources"][number];
