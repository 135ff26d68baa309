import { db, type Prisma } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { publicTagSelect } from "./claim-card";
import { listPage } from "./list-cursor";
import type { TagListQuery } from "./list-queries";
import { visibleTag } from "./visibility";

/** Tags on something published, by slug. */
export async function listPublicTags(query: TagListQuery) {
  const words = query.q && normalizeArabic(query.q);
  const where: Prisma.TagWhereInput = {
    AND: [visibleTag, words ? { normalized: { contains: words } } : {}, query.cursor ? { slug: { gt: query.cursor } } : {}],
  };
  const rows = await db().tag.findMany({ where, select: publicTagSelect, orderBy: { slug: "asc" }, take: query.limit + 1 });
  const { page, nextCursor } = listPage(rows, query.limit, (row) => row.slug);
  return { tags: page, nextCursor };
}
