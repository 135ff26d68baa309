/**
 * Drafts, claims in review, archived and deleted claims, draft and deleted
 * stories, and sources proposed only for unpublished claims are never
 * visible to readers: not on any page, not in search, the feed or the
 * sitemap, not in a source's track record.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { getPublicPages } from "@/lib/reader/get-public-pages";
import { recordDenial } from "@/lib/claims/record-denial";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchSources } from "@/lib/search/search-sources";
import { createSource } from "@/lib/sources/create-source";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { getTrackRecord } from "@/lib/reader/track-record";
import { createStory } from "@/lib/stories/create-story";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { listPublishedStories } from "@/lib/reader/list-published-stories";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";
import { actorWithRole } from "./actors";

const actor = systemActor("visibility test");
const WORD = "مخفيون";
let hidden: string[] = [];
let visibleId = "";
let peskovId = "";
let reportId = "";
let privateSourceSlug = "";

beforeAll(async () => {
  await seedDemo();
  const story = await db().story.findUniqueOrThrow({ where: { slug: DEMO_STORY_SLUG } });
  peskovId = (await db().source.findFirstOrThrow({ where: { nameEn: "Dmitry Peskov" } })).id;
  reportId = (await db().claim.findFirstOrThrow({ where: { text: { contains: "يجس نبض" } } })).id;

  // A source an editor proposed (not an admin, so it stays "proposed") for a draft only.
  const privateSource = await db().source.create({
    data: { slug: "whistleblower", name: "مبلغ من الداخل مخفيون", kind: "anonymous", status: "proposed", searchText: `مبلغ من الداخل ${WORD}` },
  });
  privateSourceSlug = privateSource.slug;

  const claim = (status: "draft" | "in_review" | "archived" | "published", claimantId = peskovId) =>
    createClaim(actor, {
      claimantId,
      saidAt: "2024-01-27",
      text: `${WORD}: ادعاء بحالة ${status}`,
      status,
      tags: ["روسيا"],
      storyIds: [story.id],
      appearances: [{ key: "a", sourceId: claimantId }],
    });
  const draft = await claim("draft", privateSource.id);
  const inReview = await claim("in_review");
  const archived = await claim("archived");
  const deleted = await claim("published");
  await db().claim.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  // A draft denial of the report: must not hang under it, nor count as Peskov's denial.
  const draftDenial = await recordDenial(actor, {
    answersClaimId: reportId,
    claimantId: peskovId,
    saidAt: "2024-01-28",
    text: `${WORD}: نفي لم يُنشر`,
    status: "draft",
  });
  hidden = [draft.id, inReview.id, archived.id, deleted.id, draftDenial.id];
  visibleId = (await claim("published")).id;
});

const leaks = (value: unknown) => hidden.filter((id) => JSON.stringify(value).includes(id));

describe("unpublished claims", () => {
  it("have no page", async () => {
    for (const id of hidden) expect(await getPublicClaim(id), id).toBeNull();
    expect(await getPublicClaim(visibleId)).not.toBeNull();
  });

  it("are not on the story's timeline, nor attached to the claim they answer", async () => {
    const timeline = await getStoryTimeline(DEMO_STORY_SLUG);
    expect(leaks(timeline)).toEqual([]);
    expect(JSON.stringify(timeline)).toContain(visibleId);
    expect(leaks(await getPublicClaim(reportId))).toEqual([]);
  });

  it("are not in search, the feed, the sitemap, or a tag's or source's timeline", async () => {
    expect(leaks(await searchClaims(parseSearchQuery({ q: WORD })))).toEqual([]);
    expect(leaks(await searchClaims(parseSearchQuery({ tag: "روسيا" })))).toEqual([]);
    expect(leaks(await getLatestClaims(100))).toEqual([]);
    expect(leaks(await getPublicPages())).toEqual([]);
    expect(leaks(await getTagTimeline("روسيا"))).toEqual([]);
    expect(leaks(await getSourceTimeline(peskovId))).toEqual([]);
    expect((await searchClaims(parseSearchQuery({ q: WORD }))).claims.map((claim) => claim.id)).toEqual([visibleId]);
  });

  it("do not count in a track record", async () => {
    expect(await getTrackRecord(peskovId)).toMatchObject({ claimsMade: 3, denialsIssued: 1 });
  });
});

describe("unpublished stories", () => {
  it("have no timeline and are listed nowhere", async () => {
    const draft = await createStory(actor, { title: "قصة مسودة", slug: "draft-story", status: "draft" });
    const deleted = await createStory(actor, { title: "قصة محذوفة", slug: "deleted-story", status: "published" });
    await db().story.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    for (const slug of ["draft-story", "deleted-story"]) {
      expect(await getStoryTimeline(slug)).toBeNull();
      expect(JSON.stringify(await listPublishedStories())).not.toContain(slug);
      expect(JSON.stringify(await getPublicPages())).not.toContain(slug);
    }
    // Nor on the page of a published claim that sits in them.
    await db().storyClaim.createMany({ data: [draft, deleted].map((story) => ({ storyId: story.id, claimId: visibleId })) });
    expect((await getPublicClaim(visibleId))!.stories.map((story) => story.slug)).toEqual([DEMO_STORY_SLUG]);
  });
});

describe("sources proposed for unpublished claims only", () => {
  it("have no page and are not found or listed", async () => {
    expect(await getPublicSource(privateSourceSlug)).toBeNull();
    expect(await searchSources(WORD)).toEqual([]);
    expect(JSON.stringify(await getPublicPages())).not.toContain(privateSourceSlug);
  });

  it("become visible once a claim naming them is published", async () => {
    await db().claim.updateMany({ where: { claimantId: (await db().source.findUniqueOrThrow({ where: { slug: privateSourceSlug } })).id }, data: { status: "published" } });
    expect((await getPublicSource(privateSourceSlug))?.kind).toBe("found");
    expect((await searchSources(WORD)).map((source) => source.slug)).toEqual([privateSourceSlug]);
  });
});

describe("merged sources", () => {
  it("send readers along the merges to the source they ended in, and nowhere when that one is still private", async () => {
    const admin = await actorWithRole("admin");
    const editor = await actorWithRole("editor");
    const [first, second, kept] = await Promise.all(
      ["مصدر مدموج أول", "مصدر مدموج ثان", "المصدر الباقي"].map((name) => createSource(admin, { name, kind: "outlet" })),
    );
    await mergeSources(admin, { keptSourceId: second!.id, duplicateSourceId: first!.id });
    await mergeSources(admin, { keptSourceId: kept!.id, duplicateSourceId: second!.id });
    expect(await getPublicSource(first!.slug)).toEqual({ kind: "merged", into: kept!.slug });

    const duplicate = await createSource(admin, { name: "نسخة مكررة منشورة", kind: "outlet" });
    const proposed = await createSource(editor, { name: "اسم مقترح لم يراجع", kind: "outlet" });
    await mergeSources(admin, { keptSourceId: proposed.id, duplicateSourceId: duplicate.id });
    expect(await getPublicSource(duplicate.slug)).toBeNull();
  });
});
