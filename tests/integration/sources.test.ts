/**
 * The admin's sources: Arabic-normalized, alias-aware search; edits with
 * optimistic locking; proposals and their approval; merging duplicates and
 * undoing a merge, exactly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { searchSources } from "@/lib/sources/search-sources";
import { undoMerge } from "@/lib/sources/undo-merge";
import { updateSource } from "@/lib/sources/update-source";
import { actorWithRole } from "./actors";

let admin: Awaited<ReturnType<typeof actorWithRole>>;
let editor: Awaited<ReturnType<typeof actorWithRole>>;

beforeAll(async () => {
  admin = await actorWithRole("admin");
  editor = await actorWithRole("editor");
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? `${error.status} ${error.messageKey}` : error),
  );

const names = async (query: string, status?: "all" | "proposed" | "active") =>
  (await searchSources({ query, status })).sources.map((source) => source.name);

describe("searching sources", () => {
  beforeAll(async () => {
    await createSource(admin, { name: "بلومبرج", nameEn: "Bloomberg", kind: "outlet" });
    await createSource(admin, { name: "الكرملين", nameEn: "The Kremlin", aliases: ["الرئاسة الروسية"], kind: "government" });
    await createSource(admin, { name: "دميتري بيسكوف", aliases: "بيسكوف\nPeskov", kind: "person" });
    await createSource(editor, { name: "إذاعة الشرق", kind: "outlet" });
  });

  it("finds a spelling variant: بلومبرغ finds بلومبرج, which has no such alias", async () => {
    expect(await names("بلومبرغ")).toEqual(["بلومبرج"]);
  });

  it("ignores diacritics, alef forms and Latin case, and matches English names and aliases", async () => {
    expect(await names("بلُومبَرج")).toEqual(["بلومبرج"]);
    expect(await names("bloomberg")).toEqual(["بلومبرج"]);
    expect(await names("الرئاسة")).toEqual(["الكرملين"]);
    expect(await names("peskov")).toEqual(["دميتري بيسكوف"]);
    expect(await names("اذاعة")).toEqual(["إذاعة الشرق"]);
  });

  it("filters by status: an editor's proposal waits among the proposed", async () => {
    expect(await names("", "proposed")).toEqual(["إذاعة الشرق"]);
    expect(await names("الشرق", "active")).toEqual([]);
  });

  it("treats LIKE wildcards in the query as text", async () => {
    expect(await names("%")).toEqual([]);
    expect(await names("_")).toEqual([]);
  });
});

describe("editing a source", () => {
  it("saves with the version it was loaded at, and answers 409 with the current record otherwise", async () => {
    const source = await createSource(admin, { name: "رويترز", kind: "agency" });
    const saved = await updateSource(admin, { sourceId: source.id, version: source.version, name: "رويترز", kind: "agency", nameEn: "Reuters", aliases: "وكالة رويترز" });
    expect(saved).toMatchObject({ version: 2, nameEn: "Reuters", aliases: ["وكالة رويترز"] });
    expect(await names("reuters")).toEqual(["رويترز"]);

    const stale = await updateSource(admin, { sourceId: source.id, version: 1, name: "رويتر", kind: "agency" }).catch((error: unknown) => error);
    expect(stale).toMatchObject({ status: 409, messageKey: "admin.sources.conflict", details: { data: { current: { version: 2, name: "رويترز" } } } });
    const revisions = await db().revision.findMany({ where: { entityId: source.id }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => revision.action)).toEqual(["create", "update"]);
    expect(revisions[1]).toMatchObject({ before: { nameEn: null }, after: { nameEn: "Reuters" } });
  });

  it("requires a reason with a credibility rating", async () => {
    const source = await createSource(admin, { name: "مصدر للتقييم", kind: "outlet" });
    const error = await updateSource(admin, { sourceId: source.id, version: 1, name: source.name, kind: "outlet", credibility: "4" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 422, issues: [{ path: ["credibilityReason"], message: "admin.sources.reasonRequired" }] });
    const rated = await updateSource(admin, { sourceId: source.id, version: 1, name: source.name, kind: "outlet", credibility: "4", credibilityReason: "تنشر تصحيحاتها." });
    expect(rated).toMatchObject({ credibility: 4, credibilityReason: "تنشر تصحيحاتها." });
  });

  it("refuses an affiliation that loops back, or that does not exist", async () => {
    const kremlin = await createSource(admin, { name: "جهة أ", kind: "government" });
    const peskov = await createSource(admin, { name: "متحدث أ", kind: "person", affiliationId: kremlin.id });
    expect(await failure(updateSource(admin, { sourceId: kremlin.id, version: 1, name: kremlin.name, kind: "government", affiliationId: peskov.id }))).toBe(
      "422 admin.sources.affiliationLoop",
    );
    expect(await failure(createSource(admin, { name: "متحدث ب", kind: "person", affiliationId: "00000000-0000-4000-8000-000000000000" }))).toBe(
      "422 admin.sources.affiliationMissing",
    );
  });

  it("approves an editor's proposal, rated, as its own revision; editors cannot edit sources", async () => {
    const proposal = await createSource(editor, { name: "قناة مقترحة", kind: "outlet", credibility: 5, credibilityReason: "?" });
    expect(proposal).toMatchObject({ status: "proposed", credibility: null });
    expect(await failure(updateSource(editor, { sourceId: proposal.id, version: 1, name: "x", kind: "outlet" }))).toBe("403 error.forbidden");
    const approved = await updateSource(admin, {
      sourceId: proposal.id,
      version: 1,
      name: proposal.name,
      kind: "outlet",
      credibility: 3,
      credibilityReason: "قناة جديدة بلا سجل بعد.",
      approve: "true",
    });
    expect(approved).toMatchObject({ status: "active", credibility: 3 });
    expect((await db().revision.findFirstOrThrow({ where: { entityId: proposal.id }, orderBy: { id: "desc" } })).action).toBe("approve");
  });
});

describe("merging sources", () => {
  /** A kept source and a duplicate, with a claim by the duplicate, an appearance of it, and a source speaking for it. */
  async function duplicatePair() {
    const kept = await createSource(admin, { name: "بلومبرج نيوز", nameEn: "Bloomberg News", kind: "outlet" });
    const duplicate = await createSource(editor, { name: "بلومبيرغ", nameEn: "Bloomberg News", aliases: ["وكالة بلومبيرغ"], kind: "outlet" });
    const anonymous = await createSource(admin, { name: "مصادر مطلعة", kind: "anonymous" });
    const spokesperson = await createSource(admin, { name: "متحدث باسم بلومبيرغ", kind: "person", affiliationId: duplicate.id });
    const byDuplicate = await createClaim(editor, { claimantId: duplicate.id, saidAt: "2024-01-26", text: "تقرير أول" });
    const carried = await createClaim(editor, {
      claimantId: anonymous.id,
      saidAt: "2024-01-26",
      text: "تقرير ثان",
      appearances: [
        { key: "origin", sourceId: anonymous.id },
        { key: "dup", sourceId: duplicate.id, viaKey: "origin" },
      ],
    });
    const carriedAppearance = carried.appearances.find((appearance) => appearance.sourceId === duplicate.id)!;
    return { kept, duplicate, spokesperson, byDuplicate, carried, carriedAppearance };
  }

  it("moves everything to the kept source, adds the duplicate's names as aliases, and records one revision", async () => {
    const { kept, duplicate, spokesperson, byDuplicate, carried, carriedAppearance } = await duplicatePair();
    const revisionsBefore = await db().revision.count();
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: duplicate.id });

    expect((await db().claim.findUniqueOrThrow({ where: { id: byDuplicate.id } })).claimantId).toBe(kept.id);
    expect((await db().appearance.findUniqueOrThrow({ where: { id: carriedAppearance.id } })).sourceId).toBe(kept.id);
    expect((await db().source.findUniqueOrThrow({ where: { id: spokesperson.id } })).affiliationId).toBe(kept.id);
    // Claims that changed under an editor's feet get a new version, so a stale form's save is a 409.
    expect((await db().claim.findUniqueOrThrow({ where: { id: carried.id } })).version).toBe(carried.version + 1);

    const keptAfter = await db().source.findUniqueOrThrow({ where: { id: kept.id } });
    // "Bloomberg News" is already the kept source's English name: not repeated.
    expect(keptAfter.aliases).toEqual(["بلومبيرغ", "وكالة بلومبيرغ"]);
    const duplicateAfter = await db().source.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(duplicateAfter.mergedIntoId).toBe(kept.id);
    expect(duplicateAfter.deletedAt).toBeInstanceOf(Date);

    expect(await db().revision.count()).toBe(revisionsBefore + 1);
    const revision = await db().revision.findFirstOrThrow({ where: { action: "merge", entityId: duplicate.id } });
    expect(revision).toMatchObject({
      entityType: "source",
      actorId: admin.id,
      before: { duplicate: { id: duplicate.id, deletedAt: null }, kept: { id: kept.id, aliases: [] } },
      after: {
        duplicate: { mergedIntoId: kept.id },
        kept: { aliases: ["بلومبيرغ", "وكالة بلومبيرغ"] },
        moved: { claimIds: [byDuplicate.id], appearanceIds: [carriedAppearance.id], affiliateIds: [spokesperson.id] },
        addedAliases: ["بلومبيرغ", "وكالة بلومبيرغ"],
      },
    });
    // The duplicate is gone from search; its names now find the kept source.
    expect(await names("وكالة بلومبيرغ")).toContain("بلومبرج نيوز");
    expect(await names("وكالة بلومبيرغ")).not.toContain("بلومبيرغ");
  });

  it("is undone exactly: the moved rows go back, later work on the kept source stays", async () => {
    const { kept, duplicate, spokesperson, byDuplicate, carriedAppearance } = await duplicatePair();
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: duplicate.id });
    // After the merge, an editor attributes a new claim to the kept source, and an admin edits it.
    const later = await createClaim(editor, { claimantId: kept.id, saidAt: "2024-02-01", text: "تقرير لاحق" });
    const keptNow = await db().source.findUniqueOrThrow({ where: { id: kept.id } });
    await updateSource(admin, { sourceId: kept.id, version: keptNow.version, name: kept.name, kind: "outlet", nameEn: "Bloomberg News", aliases: [...keptNow.aliases, "Bloomberg"], country: "الولايات المتحدة" });

    await undoMerge(admin, { duplicateSourceId: duplicate.id });

    expect((await db().claim.findUniqueOrThrow({ where: { id: byDuplicate.id } })).claimantId).toBe(duplicate.id);
    expect((await db().appearance.findUniqueOrThrow({ where: { id: carriedAppearance.id } })).sourceId).toBe(duplicate.id);
    expect((await db().source.findUniqueOrThrow({ where: { id: spokesperson.id } })).affiliationId).toBe(duplicate.id);
    expect((await db().claim.findUniqueOrThrow({ where: { id: later.id } })).claimantId).toBe(kept.id);
    expect(await db().source.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ aliases: ["Bloomberg"], country: "الولايات المتحدة" });
    expect(await db().source.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ mergedIntoId: null, deletedAt: null });
    expect(await names("بلومبيرغ")).toContain("بلومبيرغ");

    const undo = await db().revision.findFirstOrThrow({ where: { entityId: duplicate.id }, orderBy: { id: "desc" } });
    expect(undo).toMatchObject({ action: "undoMerge", after: { movedBack: { claims: 1, appearances: 1, affiliates: 1 } } });
    expect(await failure(undoMerge(admin, { duplicateSourceId: duplicate.id }))).toBe("409 admin.sources.notMerged");
  });

  it("keeps a kept source that spoke for its duplicate from speaking for itself, and gives that back on undo", async () => {
    const office = await createSource(admin, { name: "مكتب الرئاسة", kind: "government" });
    const kept = await createSource(admin, { name: "المتحدث الرسمي", kind: "person", affiliationId: office.id });
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: office.id });
    expect((await db().source.findUniqueOrThrow({ where: { id: kept.id } })).affiliationId).toBeNull();
    await undoMerge(admin, { duplicateSourceId: office.id });
    expect((await db().source.findUniqueOrThrow({ where: { id: kept.id } })).affiliationId).toBe(office.id);
  });

  it("undoes merges in the reverse order of a chain", async () => {
    const a = await createSource(admin, { name: "مصدر أ", kind: "outlet" });
    const b = await createSource(admin, { name: "مصدر ب", kind: "outlet" });
    const c = await createSource(admin, { name: "مصدر ج", kind: "outlet" });
    await mergeSources(admin, { keptSourceId: b.id, duplicateSourceId: a.id });
    await mergeSources(admin, { keptSourceId: c.id, duplicateSourceId: b.id });
    expect(await failure(undoMerge(admin, { duplicateSourceId: a.id }))).toBe("409 admin.sources.undoLaterMergeFirst");
    await undoMerge(admin, { duplicateSourceId: b.id });
    await undoMerge(admin, { duplicateSourceId: a.id });
    expect(await db().source.count({ where: { id: { in: [a.id, b.id, c.id] }, deletedAt: null } })).toBe(3);
  });

  it("refuses a source merged into itself, a merged source, and editors", async () => {
    const a = await createSource(admin, { name: "مصدر د", kind: "outlet" });
    const b = await createSource(admin, { name: "مصدر هـ", kind: "outlet" });
    expect(await failure(mergeSources(admin, { keptSourceId: a.id, duplicateSourceId: a.id }))).toBe("422 error.validation");
    expect(await failure(mergeSources(editor, { keptSourceId: a.id, duplicateSourceId: b.id }))).toBe("403 error.forbidden");
    await mergeSources(admin, { keptSourceId: a.id, duplicateSourceId: b.id });
    expect(await failure(mergeSources(admin, { keptSourceId: b.id, duplicateSourceId: a.id }))).toBe("404 admin.sources.notFound");
    expect(await failure(updateSource(admin, { sourceId: b.id, version: 2, name: "x", kind: "outlet" }))).toBe("404 admin.sources.notFound");
  });
});
