/**
 * The desk reaches everything: its story list pages through every story,
 * and the pickers search the whole table server-side, so no fixed cap
 * decides what an editor can choose.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getStoryChoice, listDeskStories, STORIES_PAGE_SIZE, suggestStories } from "@/lib/stories/list-desk-stories";

const STORIES = 160;
let oldest: { id: string; title: string };

beforeAll(async () => {
  const first = await db().story.create({ data: { slug: "reach-oldest", title: "الكرملين ينفي تقرير بلومبرج", updatedAt: new Date("2024-01-26") } });
  oldest = { id: first.id, title: first.title };
  await db().story.createMany({
    data: Array.from({ length: STORIES - 1 }, (_, index) => ({ slug: `reach-${index}`, title: `قصة لاحقة رقم ${index}`, updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)) })),
  });
  await db().story.create({ data: { slug: "reach-deleted", title: "قصة محذوفة عن الكرملين", deletedAt: new Date() } });
});

describe("the desk's stories", () => {
  it("are listed a page at a time, most recently edited first, and the last page holds the oldest", async () => {
    const first = await listDeskStories();
    expect(first).toMatchObject({ total: STORIES, page: 1, pages: Math.ceil(STORIES / STORIES_PAGE_SIZE) });
    expect(first.stories).toHaveLength(STORIES_PAGE_SIZE);
    expect(first.stories[0]!.title).toBe(`قصة لاحقة رقم ${STORIES - 2}`);
    const last = await listDeskStories({ page: first.pages });
    expect(last.stories.at(-1)).toMatchObject(oldest);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) for (const story of (await listDeskStories({ page })).stories) seen.add(story.id);
    expect(seen.size).toBe(STORIES);
  });

  it("are found by part of their title, however old, and a deleted one is not", async () => {
    expect((await listDeskStories({ query: "الكرملين" })).stories.map((story) => story.id)).toEqual([oldest.id]);
    expect(await suggestStories("ينفي تقرير")).toEqual([oldest]);
    expect(await suggestStories("")).toEqual([]);
  });

  it("are named by a link (?story=) whatever their age; a deleted or malformed one is none", async () => {
    expect(await getStoryChoice(oldest.id)).toEqual(oldest);
    const deleted = await db().story.findUniqueOrThrow({ where: { slug: "reach-deleted" } });
    expect(await getStoryChoice(deleted.id)).toBeNull();
    expect(await getStoryChoice("not-an-id")).toBeNull();
  });
});
