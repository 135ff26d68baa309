/**
 * Writes that must not leave a wrong record behind, and reads that must not
 * show readers what is not theirs: dead sources chosen for a claim, a
 * proposed body named through its affiliates, tags only drafts use, a claim
 * deleted twice, a reader made assignee, saves racing on the same new tag
 * or slug, a claim filed under one story twice, a story's tags as stored, and
 * a revision restored after its source was merged or deleted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { createSource } from "@/lib/sources/create-source";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { mergeSources } from "@/lib/sources/merge-sources";
import { createStory } from "@/lib/stories/create-story";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let admin: UserActor;
let claimantId: string;

beforeAll(async () => {
  ({ editor, admin, claimantId } = await editorAdminAndClaimant());
});

const claim = (overrides: Record<string, unknown> = {}) => claimInput(claimantId, overrides);

describe("a merged source chosen for a claim", () => {
  let kept: { id: string; name: string };
  let duplicate: { id: string; name: string };

  beforeAll(async () => {
    kept = await createSource(admin, { name: "بلومبرج", nameEn: "Bloomberg", kind: "outlet" });
    duplicate = await createSource(admin, { name: "بلومبرغ", kind: "outlet" });
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: duplicate.id });
  });

  it("is refused as claimant and as appearance source (422 naming the kept source), and nothing is written", async () => {
    const [claims, revisions] = [await db().claim.count(), await db().revision.count()];
    const error = await refusal(
      createClaim(editor, claim({ claimantId: duplicate.id, status: "published", appearances: [{ key: "a", sourceId: duplicate.id }] })),
      "en",
    );
    expect(error).toMatchObject({ status: 422, code: "error.sourceMerged" });
    expect(error?.message).toBe("“بلومبرغ” was merged into “بلومبرج”, so nothing was saved: choose “بلومبرج”.");
    expect(Object.keys(error?.fieldErrors ?? {}).sort()).toEqual(["appearances.0.sourceId", "claimantId"]);
    expect(error?.fieldErrors?.claimantId).toEqual(["This source was merged into another or deleted: choose a current source."]);
    expect([await db().claim.count(), await db().revision.count()]).toEqual([claims, revisions]);
  });

  it("is refused as the source of one appearance among live ones, naming that appearance", async () => {
    const error = await refusal(
      createClaim(editor, claim({ appearances: [{ key: "a", sourceId: claimantId }, { key: "b", sourceId: duplicate.id, viaKey: "a" }] })),
      "en",
    );
    expect(error).toMatchObject({ status: 422, code: "error.sourceMerged" });
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(["appearances.1.sourceId"]);
  });

  it("is refused on an edit too, and the claim keeps its sources", async () => {
    const saved = await createClaim(editor, claim({ appearances: [{ key: "a", sourceId: claimantId }] }));
    const error = await refusal(
      updateClaim(editor, { ...claim({ claimantId: duplicate.id, appearances: [{ key: "a", sourceId: duplicate.id }] }), id: saved.id, version: saved.version }),
      "en",
    );
    expect(error).toMatchObject({ status: 422, code: "error.sourceMerged" });
    const now = await db().claim.findUniqueOrThrow({ where: { id: saved.id }, include: { appearances: true } });
    expect([now.claimantId, now.version, now.appearances.map((appearance) => appearance.sourceId)]).toEqual([claimantId, saved.version, [claimantId]]);
  });

  it("leaves proposed sources usable: editors propose them while entering a claim", async () => {
    const proposed = await createSource(editor, { name: "مصدر اقترحه محرر", kind: "person" });
    expect(proposed.status).toBe("proposed");
    const saved = await createClaim(editor, claim({ claimantId: proposed.id, appearances: [{ key: "a", sourceId: proposed.id }] }));
    const stored = await db().claim.findUniqueOrThrow({ where: { id: saved.id }, include: { appearances: true } });
    expect([stored.claimantId, stored.appearances.map((appearance) => appearance.sourceId)]).toEqual([proposed.id, [proposed.id]]);
  });
});

describe("a proposed body that a visible source speaks for", () => {
  it("is not named on the claim, the source's page or its timeline, while a reviewed one is", async () => {
    const proposed = await createSource(editor, { name: "جهة مقترحة سرية", kind: "government" });
    const reviewed = await createSource(admin, { name: "جهة مراجعة", kind: "government" });
    const spokesman = await createSource(admin, { name: "متحدث باسم الجهة المقترحة", kind: "person", affiliationId: proposed.id });
    const official = await createSource(admin, { name: "متحدث باسم الجهة المراجعة", kind: "person", affiliationId: reviewed.id });
    const published = await createClaim(editor, claim({ claimantId: spokesman.id, status: "published", appearances: [{ key: "a", sourceId: spokesman.id }] }));

    expect(await getPublicSource(proposed.slug)).toBeNull();
    const page = await getPublicClaim(published.id);
    expect(page?.claimant.affiliation).toBeNull();
    const profile = await getPublicSource(spokesman.slug);
    expect(profile?.kind === "found" && profile.source.affiliation).toBeNull();
    const timeline = await getSourceTimeline(spokesman.id);
    expect(timeline.events).toHaveLength(1); // the published claim, so the check below has something to look in
    for (const shown of [page, profile, timeline]) {
      expect(JSON.stringify(shown)).not.toContain(proposed.name);
      expect(JSON.stringify(shown)).not.toContain(proposed.slug);
    }

    await createClaim(editor, claim({ claimantId: official.id, status: "published" }));
    const officialProfile = await getPublicSource(official.slug);
    expect(officialProfile?.kind === "found" && officialProfile.source.affiliation).toEqual({ slug: reviewed.slug, name: reviewed.name, nameEn: null });
  });
});

describe("a tag only unpublished claims use", () => {
  it("has no page until a published claim or story uses it", async () => {
    await createClaim(editor, claim({ status: "draft", tags: ["qasecretdraft"] }));
    const deleted = await createClaim(editor, claim({ status: "published", tags: ["qasecretdraft"] }));
    await deleteClaim(editor, { id: deleted.id, version: deleted.version });
    expect(await getTagTimeline("qasecretdraft")).toBeNull();

    await createStory(editor, { title: "قصة منشورة بالوسم", status: "published", tags: ["qasecretdraft"] });
    expect((await getTagTimeline("qasecretdraft"))?.tag.name).toBe("qasecretdraft");

    await createClaim(editor, claim({ status: "published", tags: ["qapublishedtag"] }));
    expect((await getTagTimeline("qapublishedtag"))?.events).toHaveLength(1);
  });
});

describe("a deleted claim", () => {
  it("cannot be deleted again: 409 error.claimDeleted, and one delete revision", async () => {
    const saved = await createClaim(editor, claim());
    const deleted = await deleteClaim(editor, { id: saved.id, version: saved.version });
    const error = await refusal(deleteClaim(editor, { id: saved.id, version: deleted.version }), "en");
    expect(error).toMatchObject({ status: 409, code: "error.claimDeleted" });
    const revisions = await db().revision.findMany({ where: { entityId: saved.id }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => revision.action)).toEqual(["create", "delete"]);
    expect((await db().claim.findUniqueOrThrow({ where: { id: saved.id } })).version).toBe(deleted.version);
  });
});

describe("the assignee", () => {
  it("must be an active editor or admin: a reader or a disabled editor is refused on assigneeId, and nothing is written", async () => {
    const reader = await actorWithRole("reader");
    const disabled = await actorWithRole("editor");
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const claims = await db().claim.count();
    for (const assigneeId of [reader.id, disabled.id]) {
      const error = await refusal(createClaim(editor, claim({ assigneeId })), "en");
      expect(error).toMatchObject({ status: 422, code: "error.assigneeNotEditor" });
      expect(Object.keys(error?.fieldErrors ?? {})).toEqual(["assigneeId"]);
    }
    expect(await db().claim.count()).toBe(claims);

    const saved = await createClaim(editor, claim({ assigneeId: editor.id }));
    expect(saved.assigneeId).toBe(editor.id);
    const error = await refusal(updateClaim(editor, { ...claim({ assigneeId: reader.id }), id: saved.id, version: saved.version }), "en");
    expect(error).toMatchObject({ status: 422, code: "error.assigneeNotEditor" });
    expect((await db().claim.findUniqueOrThrow({ where: { id: saved.id } })).assigneeId).toBe(editor.id);
  });

  it("kept from before does not block an edit once demoted", async () => {
    const colleague = await actorWithRole("editor");
    const saved = await createClaim(editor, claim({ assigneeId: colleague.id }));
    await db().user.update({ where: { id: colleague.id }, data: { role: "reader" } });
    const edited = await updateClaim(editor, { ...claim({ assigneeId: colleague.id, text: "نص معدّل" }), id: saved.id, version: saved.version });
    expect(edited).toMatchObject({ text: "نص معدّل", assigneeId: colleague.id });
  });
});

describe("saves at the same moment", () => {
  const PARALLEL = 6;

  it("of claims with the same new tag all succeed, sharing one tag created once", async () => {
    const saved = await Promise.all(Array.from({ length: PARALLEL }, () => createClaim(editor, claim({ tags: ["وسم جديد متزامن"] }))));
    const tags = await db().tag.findMany({ where: { normalized: normalizeArabic("وسم جديد متزامن") } });
    expect(tags).toHaveLength(1);
    expect(saved.map((entry) => entry.tags)).toEqual(Array.from({ length: PARALLEL }, () => ["وسم جديد متزامن"]));
    expect(await db().revision.count({ where: { entityType: "tag", entityId: tags[0]!.id } })).toBe(1);
  });

  it("of sources and of stories with the same name all succeed, each with a slug of its own", async () => {
    const sources = await Promise.all(Array.from({ length: PARALLEL }, () => createSource(admin, { name: "مصدر متزامن", kind: "outlet" })));
    const stories = await Promise.all(Array.from({ length: PARALLEL }, () => createStory(editor, { title: "قصة متزامنة" })));
    for (const rows of [sources, stories]) {
      expect(new Set(rows.map((row) => row.slug)).size).toBe(PARALLEL);
    }
    expect(await db().source.count({ where: { slug: "مصدر-متزامن" } })).toBe(1);
    expect(await db().story.count({ where: { slug: "قصة-متزامنة" } })).toBe(1);
  });
});

describe("a claim filed under the same story twice", () => {
  it("is filed there once", async () => {
    const story = await createStory(editor, { title: "قصة مكررة في الطلب" });
    const saved = await createClaim(editor, claim({ storyIds: [story.id, story.id] }));
    expect(saved.storyIds).toEqual([story.id]);
  });
});

describe("a new story's revision", () => {
  it("records the tags as stored, not as typed", async () => {
    await createClaim(editor, claim({ tags: ["أوكرانيا"] }));
    const story = await createStory(editor, { title: "قصة بوسم مشكول", tags: "أُوكرانيا، روسيا" });
    const revision = await db().revision.findFirstOrThrow({ where: { entityType: "story", entityId: story.id } });
    expect((revision.after as { tags: string[] }).tags).toEqual(["أوكرانيا", "روسيا"]);
  });
});

describe("restoring a revision made before a source was merged or deleted", () => {
  it("points the claim at the source it was merged into, and refuses one deleted outright", async () => {
    const [first, second] = await Promise.all(
      ["مصدر سيدمج لاحقا", "مصدر سيحذف لاحقا"].map((name) => createSource(admin, { name, kind: "outlet" })),
    );
    const kept = await createSource(admin, { name: "المصدر الذي بقي", kind: "outlet" });
    const saved = await createClaim(editor, claim({ claimantId: first!.id, appearances: [{ key: "a", sourceId: first!.id }] }));
    const edited = await updateClaim(editor, { ...claim({ text: "صيغة لاحقة" }), id: saved.id, version: saved.version });
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: first!.id });
    const original = await db().revision.findFirstOrThrow({ where: { entityId: saved.id, action: "create" } });

    const restored = await restoreClaimRevision(editor, { revisionId: original.id, version: edited.version });
    expect(restored).toMatchObject({ claimantId: kept.id, text: "نص ادعاء للاختبار" });
    expect(restored.appearances.map((appearance) => appearance.sourceId)).toEqual([kept.id]);

    const other = await createClaim(editor, claim({ claimantId: second!.id }));
    const later = await updateClaim(editor, { ...claim({ text: "صيغة أخرى" }), id: other.id, version: other.version });
    await db().source.update({ where: { id: second!.id }, data: { deletedAt: new Date() } });
    const before = await db().revision.count();
    const createdRevision = await db().revision.findFirstOrThrow({ where: { entityId: other.id, action: "create" } });
    const error = await refusal(restoreClaimRevision(editor, { revisionId: createdRevision.id, version: later.version }), "en");
    expect(error).toMatchObject({ status: 422, code: "error.sourceDeleted", fieldErrors: { claimantId: expect.any(Array) } });
    expect(await db().revision.count()).toBe(before);
  });
});
