/**
 * What the reader's pages read, on the worked example: the story timeline
 * (order, answers attached, filters), the claim page (links both ways,
 * ClaimReview), a source's profile and track record, a tag's timeline.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import type { TimelineNode } from "@/lib/reader/timeline";
import { claimReview } from "@/lib/reader/claim-review";
import { recordConfirmation } from "@/lib/claims/record-confirmation";
import { recordDenial } from "@/lib/claims/record-denial";
import { setVerdict } from "@/lib/claims/set-verdict";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { demoClaimIds } from "./reader-demo";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { getTrackRecord } from "@/lib/reader/track-record";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";

const actor = systemActor("reader test");
const ids = { report: "", denial: "", followUp: "" };
const source = async (nameEn: string) => db().source.findFirstOrThrow({ where: { nameEn } });

beforeAll(async () => {
  await seedDemo();
  Object.assign(ids, await demoClaimIds());
});

describe("story timeline", () => {
  it("shows the report with Peskov's denial attached, then the follow-up referring back to it", async () => {
    const { events, claimCount } = (await getStoryTimeline(DEMO_STORY_SLUG))!;
    expect(claimCount).toBe(3);
    expect(events.map((event) => event.claim.id)).toEqual([ids.report, ids.followUp]);
    const [report, followUp] = events;
    expect(report!.answers.map((answer) => [answer.answerType, answer.claim.id])).toEqual([["denies", ids.denial]]);
    expect(report!.claim.chains.map((chain) => chain.map((hop) => hop.source.nameEn))).toEqual([
      ["Kuwait News", "Reuters", "Bloomberg", "Two people close to the Kremlin"],
    ]);
    expect(followUp!.refersTo).toEqual([expect.objectContaining({ type: "context", onPage: true, claim: expect.objectContaining({ id: ids.report }) })]);
  });

  it("turns around with ?order=newest, answers staying under their claim", async () => {
    const { events } = (await getStoryTimeline(DEMO_STORY_SLUG, { order: "newest" }))!;
    expect(events.map((event) => event.claim.id)).toEqual([ids.followUp, ids.report]);
    expect(events[1]!.answers).toHaveLength(1);
  });

  it("filters by source (claimant or carrier) and by tag, offering the whole story's choices", async () => {
    const byBloomberg = (await getStoryTimeline(DEMO_STORY_SLUG, { source: "bloomberg" }))!;
    expect(byBloomberg.events.map((event) => event.claim.id)).toEqual([ids.report]);
    const byPeskov = (await getStoryTimeline(DEMO_STORY_SLUG, { source: "dmitry-peskov" }))!;
    expect(byPeskov.events.map((event) => event.claim.id)).toEqual([ids.report, ids.followUp]);
    expect(byPeskov.facets.sources.map((s) => s.nameEn)).toEqual(
      expect.arrayContaining(["Bloomberg", "Reuters", "Kuwait News", "Dmitry Peskov", "Two people close to the Kremlin"]),
    );
    const byTag = (await getStoryTimeline(DEMO_STORY_SLUG, { tag: "روسيا" }))!;
    expect(byTag.events).toHaveLength(2);
    expect((await getStoryTimeline(DEMO_STORY_SLUG, { tag: "لا-يوجد" }))!.events).toEqual([]);
  });

  it("nests an answer to an answer, and shows each claim once", async () => {
    const rebuttal = await recordDenial(actor, {
      answersClaimId: ids.denial,
      claimantId: (await source("Bloomberg")).id,
      saidAt: "2024-01-27",
      text: "بلومبرج تقول إنها تتمسك بتقريرها.",
      status: "published",
    });
    const { events } = (await getStoryTimeline(DEMO_STORY_SLUG))!;
    const denial = events[0]!.answers[0]!;
    expect(denial.answers.map((answer) => answer.claim.id)).toEqual([rebuttal.id]);
    const drawn = (nodes: TimelineNode[]): string[] => nodes.flatMap((node) => [node.claim.id, ...drawn(node.answers)]);
    expect(drawn(events).sort()).toEqual([ids.report, ids.denial, rebuttal.id, ids.followUp].sort());
    await db().claim.update({ where: { id: rebuttal.id }, data: { deletedAt: new Date() } });
  });
});

describe("claim page", () => {
  it("has the claimant with affiliation, the links both ways, and its stories", async () => {
    const denial = (await getPublicClaim(ids.denial))!;
    expect(denial.claimant.nameEn).toBe("Dmitry Peskov");
    expect(denial.claimant.affiliation?.name).toBe("الكرملين");
    expect(denial.outgoing.map((link) => [link.type, link.claim.id])).toEqual([["denies", ids.report]]);
    expect(denial.stories.map((story) => story.slug)).toEqual([DEMO_STORY_SLUG]);

    const report = (await getPublicClaim(ids.report))!;
    expect(report.incoming.map((link) => [link.type, link.claim.id]).sort()).toEqual(
      [
        ["context", ids.followUp],
        ["denies", ids.denial],
      ].sort(),
    );
    expect(report.evidence.map((item) => item.title)).toEqual(["رويترز: تغطية روسيا وأوكرانيا"]);
  });

  it("is not found for a malformed id", async () => {
    expect(await getPublicClaim("not-a-uuid")).toBeNull();
    expect(await getPublicClaim("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("describes a rated claim as ClaimReview, its first appearance the first outlet that published it", async () => {
    const review = claimReview((await getPublicClaim(ids.report))!)!;
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: expect.stringContaining("يجس نبض"),
      author: { "@type": "Organization", name: "إسناد" },
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "غير مثبت" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "شخصان مقربان من الكرملين" },
        datePublished: "2024-01-26",
        // Bloomberg printed it; the unnamed people it cites are the claim's author, not a publication.
        firstAppearance: {
          "@type": "CreativeWork",
          headline: "تقرير بلومبرج: بوتين يختبر الأجواء مع واشنطن",
          publisher: { "@type": "Organization", name: "بلومبرج" },
          datePublished: "2024-01-26",
        },
      },
    });
    expect(review.url).toMatch(new RegExp(`/claims/${ids.report}$`));
    expect(review.itemReviewed.appearance).toHaveLength(4);
    expect(review.itemReviewed.appearance).toContainEqual(
      expect.objectContaining({ headline: "تقرير بلومبرج: بوتين يختبر الأجواء مع واشنطن", publisher: { "@type": "Organization", name: "بلومبرج" } }),
    );
    expect(claimReview((await getPublicClaim(ids.denial))!)).toBeNull();
  });
});

describe("source page", () => {
  it("has the profile with affiliation and affiliates", async () => {
    const peskov = await getPublicSource("dmitry-peskov");
    expect(peskov?.kind === "found" && peskov.source.affiliation?.slug).toBe("the-kremlin");
    const kremlin = await getPublicSource("the-kremlin");
    expect(kremlin?.kind === "found" && kremlin.source.affiliates.map((affiliate) => affiliate.slug)).toEqual(["dmitry-peskov"]);
  });

  it("sends a merged source to the source it was merged into", async () => {
    const bloomberg = await source("Bloomberg");
    await db().source.create({
      data: { slug: "bloomberg-2", name: "بلومبرغ", kind: "outlet", status: "active", mergedIntoId: bloomberg.id, deletedAt: new Date() },
    });
    expect(await getPublicSource("bloomberg-2")).toEqual({ kind: "merged", into: "bloomberg" });
  });

  it("counts claims made and carried, denials, and denials later contradicted", async () => {
    const peskov = await source("Dmitry Peskov");
    expect(await getTrackRecord(peskov.id)).toEqual({
      claimsMade: 2,
      claimsCarried: 0,
      denialsIssued: 1,
      denialsContradicted: 0,
      ratedFalse: 0,
      ratedTrue: 0,
      claimsDenied: 0,
      carriedRatedFalse: 0,
    });
    // Bloomberg only relayed the report, and answers for its denial all the same.
    expect(await getTrackRecord((await source("Bloomberg")).id)).toMatchObject({ claimsMade: 0, claimsCarried: 1, claimsDenied: 1 });
    expect(await getTrackRecord((await source("Reuters")).id)).toMatchObject({ claimsMade: 0, claimsCarried: 2 });

    // A draft confirmation does not count; once published, Peskov's denial stands contradicted.
    const confirmation = await recordConfirmation(actor, {
      answersClaimId: ids.report,
      claimantId: (await source("Reuters")).id,
      saidAt: "2025-03-01",
      text: "مصادر: موسكو تخلت عن مطلب حياد أوكرانيا في المحادثات.",
      status: "draft",
    });
    expect((await getTrackRecord(peskov.id)).denialsContradicted).toBe(0);
    await db().claim.update({ where: { id: confirmation.id }, data: { status: "published" } });
    expect((await getTrackRecord(peskov.id)).denialsContradicted).toBe(1);
    await db().claim.update({ where: { id: confirmation.id }, data: { deletedAt: new Date() } });
  });

  it("counts a denial contradicted by a true verdict on what it denied, and ratings", async () => {
    const peskov = await source("Dmitry Peskov");
    const levels = Object.fromEntries((await db().verdictLevel.findMany()).map((level) => [level.key, level.id]));
    const report = await db().claim.findUniqueOrThrow({ where: { id: ids.report } });
    await setVerdict(actor, { claimId: ids.report, version: report.version, verdictId: levels["mostly-true"], correction: { kind: "correction", note: "قُيّم التقرير من جديد" } });
    const denial = await db().claim.findUniqueOrThrow({ where: { id: ids.denial } });
    await setVerdict(actor, { claimId: ids.denial, version: denial.version, verdictId: levels.false, correction: { kind: "correction", note: "قُيّم النفي من جديد" } });
    expect(await getTrackRecord(peskov.id)).toMatchObject({ denialsIssued: 1, denialsContradicted: 1, ratedFalse: 1, ratedTrue: 0 });
    const after = await db().claim.findUniqueOrThrow({ where: { id: ids.report } });
    await setVerdict(actor, { claimId: ids.report, version: after.version, verdictId: levels.unproven, correction: { kind: "correction", note: "أعيد الحكم" } });
  });

  it("lists what the source said or carried as a timeline, with the answers to it", async () => {
    const bloomberg = await getSourceTimeline((await source("Bloomberg")).id);
    expect(bloomberg.events.map((event) => event.claim.id)).toEqual([ids.report]);
    expect(bloomberg.events[0]!.answers.map((answer) => answer.claim.id)).toEqual([ids.denial]);

    const peskov = await getSourceTimeline((await source("Dmitry Peskov")).id);
    // The report is not Peskov's, so his denial stands on its own and refers to it.
    expect(peskov.events.map((event) => event.claim.id)).toEqual([ids.denial, ids.followUp]);
    expect(peskov.events[0]!.refersTo).toEqual([expect.objectContaining({ type: "denies", onPage: false })]);
  });
});

describe("tag page", () => {
  it("has the tag's stories and claims", async () => {
    const page = (await getTagTimeline("روسيا"))!;
    expect(page.stories.map((story) => story.slug)).toEqual([DEMO_STORY_SLUG]);
    expect(page.events.map((event) => event.claim.id)).toEqual([ids.report, ids.followUp]);
    expect(await getTagTimeline("لا-يوجد")).toBeNull();
  });

  it("leaves out claims without the tag, unless they answer one that has it", async () => {
    const untagged = await createClaim(actor, {
      claimantId: (await source("Reuters")).id,
      saidAt: "2024-05-01",
      text: "خبر بلا وسم.",
      status: "published",
    });
    const page = (await getTagTimeline("روسيا"))!;
    expect(JSON.stringify(page.events)).not.toContain(untagged.id);
  });
});
