import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { claimCardSelect, toClaimCard } from "./claim-card";
import { claimFilterConditions } from "./claim-filters";
import { listPage } from "./list-cursor";
import type { ClaimListQuery } from "./list-queries";
import { publishedClaim } from "./visibility";

type ListedRow = { id: string; updatedAt: Date; visible: boolean };

/**
 * Published claims in the order a partner syncs them (last changed first to
 * last, then id), a page at a time from a cursor.
 *
 * With `updated_since`, a claim that was published and has since been taken
 * off the site (unpublished, archived, deleted) is listed in `removed`, at its
 * place in the same order, so a partner that mirrors the claims can drop it;
 * a claim never published stays unknown. Rows are read by the (updatedAt, id)
 * index from the cursor on, so a page costs the same at any depth.
 */
export async function listPublicClaims(query: ClaimListQuery) {
  const visible = Prisma.sql`(c.status = 'published' AND c."deletedAt" IS NULL)`;
  const words = normalizeArabic(query.q ?? "");
  const conditions = [
    query.updated_since ? Prisma.sql`(${visible} OR c."publishedAt" IS NOT NULL) AND c."updatedAt" >= ${query.updated_since}` : visible,
    ...claimFilterConditions(query),
  ];
  if (words) conditions.push(Prisma.sql`to_tsvector('arabic', c."searchText") @@ plainto_tsquery('arabic', ${words})`);
  if (query.cursor) conditions.push(Prisma.sql`(c."updatedAt", c.id) > (${query.cursor.updatedAt}, ${query.cursor.id}::uuid)`);

  const rows = await db().$queryRaw<ListedRow[]>`
    SELECT c.id, c."updatedAt", ${visible} AS visible FROM "Claim" c
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."updatedAt", c.id
    LIMIT ${query.limit + 1}`;
  const { page, nextCursor } = listPage(rows, query.limit, (row) => row);

  const shown = page.filter((row) => row.visible).map((row) => row.id);
  const cards = await db().claim.findMany({ where: { id: { in: shown }, ...publishedClaim }, select: claimCardSelect });
  const byId = new Map(cards.map((card) => [card.id, toClaimCard(card)]));
  return {
    claims: shown.flatMap((id) => byId.get(id) ?? []),
    removed: page.filter((row) => !row.visible).map(({ id, updatedAt }) => ({ id, updatedAt })),
    nextCursor,
  };
}

export type PublicClaimList = Awaited<ReturnType<typeof listPublicClaims>>;
