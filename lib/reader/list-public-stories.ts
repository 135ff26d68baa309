import { db, type Prisma } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { listPage, type UpdatedCursor } from "./list-cursor";
import type { StoryListQuery } from "./list-queries";
import { publicStorySelect } from "./shapes";
import { publishedClaim, publishedStory } from "./visibility";

/** Rows after `cursor` in (updatedAt, id) order: the keyset every synced list pages by. */
export const afterUpdatedCursor = (cursor: UpdatedCursor | undefined) =>
  cursor ? { OR: [{ updatedAt: { gt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }] } : {};

/** Published stories in sync order (last changed, then id), with how many published claims each holds. */
export async function listPublicStories(query: StoryListQuery) {
  const words = query.q && normalizeArabic(query.q);
  const where: Prisma.StoryWhereInput = {
    AND: [
      publishedStory,
      query.updated_since ? { updatedAt: { gte: query.updated_since } } : {},
      query.tag ? { tags: { some: { tag: { slug: query.tag } } } } : {},
      words ? { OR: [{ title: { contains: words, mode: "insensitive" } }, { titleEn: { contains: words, mode: "insensitive" } }] } : {},
      afterUpdatedCursor(query.cursor),
    ],
  };
  const rows = await db().story.findMany({
    where,
    select: { ...publicStorySelect, _count: { select: { claims: { where: { claim: publishedClaim } } } } },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  const { page, nextCursor } = listPage(rows, query.limit, (row) => row);
  return { stories: page.map(({ _count, tags, ...story }) => ({ ...story, tags: tags.map((entry) => entry.tag), claimCount: _count.claims })), nextCursor };
}
