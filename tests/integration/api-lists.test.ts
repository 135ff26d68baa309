/**
 * The public API's lists: keyset pages that cover everything once, the sync
 * order a partner mirrors by (`updated_since` sees an edit, and a claim taken
 * off the site as removed), filters, visibility, and answers that are exactly
 * their contract (lib/api/response-schemas.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { claimListResponse, sourceListResponse, storyListResponse, tagListResponse, verdictListResponse } from "@/lib/api/response-schemas";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { claimListQuery, sourceListQuery, storyListQuery, tagListQuery } from "@/lib/reader/list-queries";
import { listPublicClaims } from "@/lib/reader/list-public-claims";
import { listPublicSources } from "@/lib/reader/list-public-sources";
import { listPublicStories } from "@/lib/reader/list-public-stories";
import { listPublicTags } from "@/lib/reader/list-public-tags";
import { listVerdictScale } from "@/lib/reader/list-verdict-scale";
import { createSource } from "@/lib/sources/create-source";
import { createStory } from "@/lib/stories/create-story";
import { parseInput } from "@/lib/validation/parse-input";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

const GENERATED = 130;
let desk: Awaited<ReturnType<typeof editorAdminAndClaimant>>;
let storySlug = "";

/** The answer as a partner gets it: through JSON, checked against the contract's strict schema. */
const asServed = <Schema extends z.ZodType>(schema: Schema, answer: unknown) => schema.parse(JSON.parse(JSON.stringify(answer)));

const claims = async (params: Record<string, string>) => listPublicClaims(parseInput(claimListQuery, params));

/** Every page from the first, following nextCursor, as a partner's sync does. */
async function allPages(params: Record<string, string>) {
  const pages: z.output<typeof claimListResponse>[] = [];
  let cursor: string | null = null;
  do {
    const page: z.output<typeof claimListResponse> = asServed(claimListResponse, await claims({ ...params, ...(cursor ? { cursor } : {}) }));
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

beforeAll(async () => {
  await seedDemo();
  desk = await editorAdminAndClaimant();
  const story = await createStory(desk.admin, { title: "قصة للمزامنة", status: "published" });
  storySlug = story.slug;
  for (let index = 0; index < GENERATED; index++) {
    await createClaim(desk.admin, {
      ...claimInput(desk.claimantId, { text: `ادعاء رقم ${index} عن الانتخابات`, tags: index % 2 ? ["انتخابات"] : [] }),
      status: index % 10 === 9 ? "draft" : "published",
      storyIds: index < 5 ? [story.id] : [],
    });
  }
});

describe("the claims list", () => {
  it("pages through every published claim once, in sync order, and says which page is the last", async () => {
    const pages = await allPages({ limit: "50" });
    const listed = pages.flatMap((page) => page.claims);
    const published = await db().claim.count({ where: { status: "published", deletedAt: null } });
    expect(published).toBeGreaterThan(GENERATED * 0.9);
    expect(listed).toHaveLength(published);
    expect(new Set(listed.map((claim) => claim.id)).size).toBe(published);
    expect(pages.map((page) => page.claims.length)).toEqual([50, 50, published - 100]);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    const order = listed.map((claim) => [claim.updatedAt, claim.id].join(" "));
    expect(order).toEqual([...order].sort());
  });

  it("with updated_since, lists an edit made after the last sync, and a claim taken off the site as removed", async () => {
    const lastSync = new Date();
    expect((await claims({ updated_since: lastSync.toISOString() })).claims).toEqual([]);

    const [edited, unpublished] = await db().claim.findMany({ where: { status: "published", text: { startsWith: "ادعاء رقم" } }, take: 2, orderBy: { id: "asc" } });
    await updateClaim(desk.editor, { ...claimInput(desk.claimantId, { text: "نص معدَّل بعد المزامنة" }), id: edited!.id, version: edited!.version, status: "published", correction: { kind: "update", note: "عُدّل النص بعد المزامنة" } });
    await changeClaimStatus(desk.editor, { id: unpublished!.id, version: unpublished!.version, status: "draft" });

    const next = asServed(claimListResponse, await claims({ updated_since: lastSync.toISOString() }));
    expect(next.claims.map((claim) => [claim.id, claim.text])).toEqual([[edited!.id, "نص معدَّل بعد المزامنة"]]);
    expect(next.removed.map((claim) => claim.id)).toEqual([unpublished!.id]);
    // Without updated_since it is simply not there: a first sync has nothing to remove.
    const everything = (await allPages({ limit: "200" })).flatMap((page) => [...page.claims, ...page.removed]);
    expect(everything.map((claim) => claim.id)).not.toContain(unpublished!.id);
  });

  it("never lists a claim that was never published, even as removed", async () => {
    const draft = await createClaim(desk.admin, claimInput(desk.claimantId, { text: "مسودة لم تنشر" }));
    const listed = await claims({ updated_since: new Date(Date.now() - 60_000).toISOString(), limit: "200" });
    expect([...listed.claims, ...listed.removed].map((claim) => claim.id)).not.toContain(draft.id);
  });

  it("narrows by story, tag, source, verdict and words", async () => {
    expect((await claims({ story: storySlug })).claims).toHaveLength(5);
    const tagged = await allPages({ tag: "انتخابات", limit: "200" });
    expect(tagged.flatMap((page) => page.claims).every((claim) => claim.tags.some((tag) => tag.name === "انتخابات"))).toBe(true);
    expect(tagged[0]!.claims).toHaveLength(await db().claim.count({ where: { status: "published", tags: { some: { tag: { name: "انتخابات" } } } } }));
    const bySource = await claims({ source: "bloomberg", limit: "200" });
    expect(bySource.claims.length).toBeGreaterThan(0);
    expect(bySource.claims.every((claim) => claim.claimant.slug === "bloomberg" || claim.chains.flat().some((hop) => hop.source.slug === "bloomberg"))).toBe(true);
    const unproven = await claims({ verdict: "unproven" });
    expect(unproven.claims.length).toBeGreaterThan(0);
    expect(unproven.claims.every((claim) => claim.verdict?.key === "unproven")).toBe(true);
    // Stemmed and normalized: with diacritics, the words still find the generated claims.
    const byWords = (await allPages({ q: "الانْتِخابات", limit: "200" })).flatMap((page) => page.claims);
    expect(byWords.length).toBeGreaterThanOrEqual(GENERATED * 0.9 - 2);
    expect(byWords.every((claim) => claim.text.includes("الانتخابات"))).toBe(true);
  });

  it("refuses a cursor it did not make and a page larger than 200, naming the parameter (422)", async () => {
    expect(await refusal(claims({ cursor: "bm90LWEtY3Vyc29y" }))).toMatchObject({ status: 422, fieldErrors: { cursor: [expect.stringContaining("المؤشر")] } });
    expect(await refusal(claims({ limit: "500" }))).toMatchObject({ status: 422, fieldErrors: { limit: [expect.any(String)] } });
    expect(await refusal(claims({ updated_since: "yesterday" }))).toMatchObject({ status: 422, fieldErrors: { updated_since: [expect.any(String)] } });
  });
});

describe("the other lists", () => {
  it("list published stories only, with their published claim counts", async () => {
    await createStory(desk.admin, { title: "قصة مسودة" });
    const { stories } = asServed(storyListResponse, await listPublicStories(parseInput(storyListQuery, { limit: "200" })));
    expect(stories.map((story) => story.title)).toContain("قصة للمزامنة");
    expect(stories.map((story) => story.title)).not.toContain("قصة مسودة");
    expect(stories.find((story) => story.slug === storySlug)!.claimCount).toBe(5);
  });

  it("list the sources readers may see, not one an editor only proposed, and page them", async () => {
    const proposed = await createSource(desk.editor, { name: "مصدر مقترح لم يراجع", kind: "person" });
    const first = asServed(sourceListResponse, await listPublicSources(parseInput(sourceListQuery, { limit: "2" })));
    expect(first.sources).toHaveLength(2);
    const rest = asServed(sourceListResponse, await listPublicSources(parseInput(sourceListQuery, { limit: "200", cursor: first.nextCursor! })));
    const listed = [...first.sources, ...rest.sources].map((source) => source.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).not.toContain(proposed.id);
    expect(listed).toContain(desk.claimantId);
    const people = await listPublicSources(parseInput(sourceListQuery, { kind: "person", limit: "200" }));
    expect(people.sources.every((source) => source.kind === "person")).toBe(true);
  });

  it("list the tags on published claims, and the whole verdict scale in its order", async () => {
    const tags = asServed(tagListResponse, await listPublicTags(parseInput(tagListQuery, { q: "انتخاب" })));
    expect(tags.tags.map((tag) => tag.name)).toEqual(["انتخابات"]);
    const { verdicts } = asServed(verdictListResponse, await listVerdictScale());
    const positions = await db().verdictLevel.findMany({ orderBy: { position: "asc" }, select: { key: true } });
    expect(verdicts.map((verdict) => verdict.key)).toEqual(positions.map((level) => level.key));
  });
});
