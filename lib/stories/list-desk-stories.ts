import { z } from "zod";
import { db, type Prisma } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";

export const STORIES_PAGE_SIZE = 30;

/** The desk's story list's query string; a tampered value falls back to the default rather than failing the page. */
export const deskStoryParams = z.object({
  q: z.string().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Live stories whose title (Arabic or English) or address contains what was typed. */
function storiesMatching(query: string): Prisma.StoryWhereInput {
  const typed = query.trim();
  if (!typed) return { deletedAt: null };
  const contains = { contains: typed, mode: "insensitive" } as const;
  return { deletedAt: null, OR: [{ title: contains }, { titleEn: contains }, { slug: contains }] };
}

/**
 * The stories the desk works on, drafts included, most recently edited
 * first, a page at a time, with how many claims each holds: every story is
 * reached, the oldest on the last page or by typing part of its title.
 */
export async function listDeskStories({ query = "", page = 1, pageSize = STORIES_PAGE_SIZE }: { query?: string; page?: number; pageSize?: number } = {}) {
  const where = storiesMatching(query);
  const [stories, total] = await Promise.all([
    db().story.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, slug: true, title: true, status: true, _count: { select: { claims: true } } },
    }),
    db().story.count({ where }),
  ]);
  return { stories, total, page, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** How many stories a picker suggests for what was typed; typing more narrows them. */
const SUGGESTIONS = 8;

/** A story as the claim form's picker offers it. */
export type StoryChoice = { id: string; title: string };

/** The story picker's suggestions: the whole table is searched, the most recently edited first. */
export async function suggestStories(query: string): Promise<StoryChoice[]> {
  if (!query.trim()) return [];
  return db().story.findMany({ where: storiesMatching(query), orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: SUGGESTIONS, select: { id: true, title: true } });
}

/** A story a link names (/editor/claims/new?story=…), however old, to file a new claim under; null when there is none. */
export async function getStoryChoice(id: string | undefined): Promise<StoryChoice | null> {
  if (!id || !isRecordId(id)) return null;
  return db().story.findFirst({ where: { id, deletedAt: null }, select: { id: true, title: true } });
}
