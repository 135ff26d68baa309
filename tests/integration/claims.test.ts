import { beforeAll, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { recordDenial } from "@/lib/claims/record-denial";
import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { setVerdict } from "@/lib/claims/set-verdict";
import { undeleteClaim } from "@/lib/claims/undelete-claim";
import { unlinkClaims } from "@/lib/claims/unlink-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { ValidationError } from "@/lib/validation/parse-input";
import { actorWithRole } from "./actors";

let editor: Awaited<ReturnType<typeof actorWithRole>>;
let admin: Awaited<ReturnType<typeof actorWithRole>>;
const sources: Record<string, string> = {};

beforeAll(async () => {
  editor = await actorWithRole("editor");
  admin = await actorWithRole("admin");
  for (const [key, name] of Object.entries({ anon: "شخصان مقربان من الكرملين", bloomberg: "بلومبرج", reuters: "رويترز", kuwait: "كويت نيوز", peskov: "دميتري بيسكوف" })) {
    sources[key] = (await createSource(admin, { name, kind: key === "peskov" ? "person" : "outlet" })).id;
  }
});

const report = () => ({
  claimantId: sources.anon!,
  saidAt: "2024-01-26T15:30:00Z",
  saidAtPrecision: "day" as const,
  text: "بوتين يجس نبض الولايات المتحدة",
  tags: "أوكرانيا، الولايات المتحدة، روسيا",
  appearances: [
    { key: "origin", sourceId: sources.anon! },
    { key: "b", sourceId: sources.bloomberg!, viaKey: "origin" },
    { key: "r", sourceId: sources.reuters!, viaKey: "b" },
    { key: "k", sourceId: sources.kuwait!, viaKey: "r", url: "https://example.com/kremlin" },
  ],
});

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.status : error),
  );

describe("claims", () => {
  it("writes a claim with its four-hop chain, tags and a revision, truncating the time to its precision", async () => {
    const claim = await createClaim(editor, report());
    expect(claim.saidAt.toISOString()).toBe("2024-01-26T00:00:00.000Z");
    expect(claim.tags.sort()).toEqual(["أوكرانيا", "الولايات المتحدة", "روسيا"].sort());
    const byId = new Map(claim.appearances.map((a) => [a.id, a]));
    const kuwait = claim.appearances.find((a) => a.sourceId === sources.kuwait)!;
    const chain = [];
    for (let hop: typeof kuwait | undefined = kuwait; hop; hop = hop.viaId ? byId.get(hop.viaId) : undefined) chain.push(hop.sourceId);
    expect(chain).toEqual([sources.kuwait, sources.reuters, sources.bloomberg, sources.anon]);
    const revisions = await db().revision.findMany({ where: { entityId: claim.id } });
    expect(revisions.map((r) => r.action)).toEqual(["create"]);
  });

  it("refuses a loop in the chain with a clear error and writes nothing", async () => {
    const before = await db().claim.count();
    const looped = { ...report(), appearances: [{ key: "a", sourceId: sources.reuters!, viaKey: "b" }, { key: "b", sourceId: sources.bloomberg!, viaKey: "a" }] };
    await expect(createClaim(editor, looped)).rejects.toMatchObject({ status: 422, messageKey: "error.viaCycle" });
    expect(await db().claim.count()).toBe(before);
  });

  it("records a denial and its link in one go, and it joins the denied claim's stories", async () => {
    const story = await db().story.create({ data: { slug: `s-${Date.now()}`, title: "قصة" } });
    const claim = await createClaim(editor, { ...report(), storyIds: [story.id] });
    const denial = await recordDenial(editor, {
      answersClaimId: claim.id,
      claimantId: sources.peskov!,
      saidAt: "2024-01-26",
      text: "لا، هذا تقرير خاطئ",
    });
    expect(denial.links).toEqual([{ toClaimId: claim.id, type: "denies", note: null }]);
    expect(denial.storyIds).toEqual([story.id]);
  });

  it("refuses linking a claim to itself", async () => {
    const claim = await createClaim(editor, report());
    await expect(linkClaims(editor, { fromClaimId: claim.id, toClaimId: claim.id, type: "denies" })).rejects.toMatchObject({ status: 422 });
  });

  it("gives the second of two concurrent saves a conflict carrying the current version", async () => {
    const claim = await createClaim(editor, report());
    const first = await updateClaim(editor, { ...report(), id: claim.id, version: claim.version, text: "النص الأول" });
    expect(first.version).toBe(claim.version + 1);
    const conflict = await updateClaim(editor, { ...report(), id: claim.id, version: claim.version, text: "النص الثاني" }).catch((e) => e);
    expect(conflict).toBeInstanceOf(AppError);
    expect(conflict.status).toBe(409);
    expect(conflict.details.data.current.text).toBe("النص الأول");
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe("النص الأول");
  });

  it("restores an earlier version, chain included, as a new revision", async () => {
    const claim = await createClaim(editor, report());
    const edited = await updateClaim(editor, { ...report(), id: claim.id, version: claim.version, text: "نص معدل", appearances: [] });
    const created = await db().revision.findFirstOrThrow({ where: { entityId: claim.id, action: "create" } });
    const restored = await restoreClaimRevision(editor, { revisionId: created.id, version: edited.version });
    expect(restored.text).toBe(claim.text);
    expect(restored.appearances).toHaveLength(4);
    expect(restored.version).toBe(edited.version + 1);
    const actions = (await db().revision.findMany({ where: { entityId: claim.id }, orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["create", "update", `restore.${created.id}`]);
  });

  it("soft-deletes for editors and lets only admins bring a claim back", async () => {
    const claim = await createClaim(editor, report());
    const deleted = await deleteClaim(editor, { id: claim.id, version: claim.version });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await statusOf(undeleteClaim(editor, { id: claim.id, version: deleted.version }))).toBe(403);
    const back = await undeleteClaim(admin, { id: claim.id, version: deleted.version });
    expect(back.deletedAt).toBeNull();
  });

  it("refuses an editor's restore of a revision from before the deletion: the claim stays deleted", async () => {
    const claim = await createClaim(editor, report());
    const deleted = await deleteClaim(editor, { id: claim.id, version: claim.version });
    const created = await db().revision.findFirstOrThrow({ where: { entityId: claim.id, action: "create" } });
    await expect(restoreClaimRevision(editor, { revisionId: created.id, version: deleted.version })).rejects.toMatchObject({
      status: 409,
      messageKey: "error.claimDeleted",
    });
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.deletedAt).toEqual(deleted.deletedAt);
    expect(row.version).toBe(deleted.version);
  });

  it("never restores a deletion with a revision: undeleting stays the admin's", async () => {
    const claim = await createClaim(editor, report());
    const deleted = await deleteClaim(editor, { id: claim.id, version: claim.version });
    const back = await undeleteClaim(admin, { id: claim.id, version: deleted.version });
    const deletion = await db().revision.findFirstOrThrow({ where: { entityId: claim.id, action: "delete" } });
    const restored = await restoreClaimRevision(editor, { revisionId: deletion.id, version: back.version });
    expect(restored.deletedAt).toBeNull();
  });

  it("refuses edits, status changes and verdicts on a deleted claim, whoever asks and at any version, and changes nothing", async () => {
    const claim = await createClaim(editor, report());
    const other = await createClaim(editor, { ...report(), text: "متابعة لاحقة" });
    const linked = await linkClaims(editor, { fromClaimId: claim.id, toClaimId: other.id, type: "context" });
    const deleted = await deleteClaim(editor, { id: claim.id, version: linked.version });
    const level = await db().verdictLevel.create({ data: { key: `deleted-${Date.now()}`, labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 9 } });
    const writes = [
      () => updateClaim(editor, { ...report(), id: claim.id, version: deleted.version, text: "نص جديد" }),
      () => changeClaimStatus(editor, { id: claim.id, version: deleted.version, status: "published" }),
      () => setVerdict(editor, { claimId: claim.id, version: deleted.version, verdictId: level.id, verdictReasoning: "لأن" }),
      // A stale version still hears about the deletion, not a conflict to merge.
      () => updateClaim(admin, { ...report(), id: claim.id, version: claim.version, text: "نص جديد" }),
      () => unlinkClaims(editor, { fromClaimId: claim.id, toClaimId: other.id, type: "context" }),
    ];
    for (const write of writes) {
      await expect(write()).rejects.toMatchObject({ status: 409, messageKey: "error.claimDeleted" });
    }
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ version: deleted.version, text: claim.text, status: "draft", verdictId: null, publishedAt: null, deletedAt: deleted.deletedAt });
    const actions = (await db().revision.findMany({ where: { entityId: claim.id }, orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["create", "link", "delete"]);
    expect(await db().claimLink.count({ where: { fromClaimId: claim.id } })).toBe(1);
  });

  it("keeps a live claim's link to a deleted one: it is part of what the deleted claim stands frozen with", async () => {
    const reported = await createClaim(editor, { ...report(), text: "تقرير سيحذف" });
    const denial = await recordDenial(editor, { answersClaimId: reported.id, claimantId: sources.peskov!, saidAt: "2024-01-26", saidAtPrecision: "day", text: "نفي" });
    await deleteClaim(editor, { id: reported.id, version: reported.version });
    await expect(unlinkClaims(editor, { fromClaimId: denial.id, toClaimId: reported.id, type: "denies" })).rejects.toMatchObject({
      status: 409,
      messageKey: "error.claimDeleted",
    });
    expect(await db().claimLink.count({ where: { fromClaimId: denial.id, toClaimId: reported.id } })).toBe(1);
  });

  it("publishes through the workflow and stamps the first publication time once", async () => {
    const claim = await createClaim(editor, report());
    const inReview = await changeClaimStatus(editor, { id: claim.id, version: claim.version, status: "in_review", assigneeId: editor.id });
    expect(inReview.assigneeId).toBe(editor.id);
    const published = await changeClaimStatus(editor, { id: claim.id, version: inReview.version, status: "published" });
    expect(published.publishedAt).not.toBeNull();
    const archived = await changeClaimStatus(editor, { id: claim.id, version: published.version, status: "archived" });
    expect(archived.publishedAt).toEqual(published.publishedAt);
  });

  it("sets a verdict with evidence and rejects a bad evidence link with a field error", async () => {
    const claim = await createClaim(editor, report());
    const level = await db().verdictLevel.create({ data: { key: `k${Date.now()}`, labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 9 } });
    const bad = await setVerdict(editor, { claimId: claim.id, version: claim.version, verdictId: level.id, evidence: [{ url: "not a url", title: "x" }] }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.issues[0].path).toEqual(["evidence", 0, "url"]);
    const rated = await setVerdict(editor, { claimId: claim.id, version: claim.version, verdictId: level.id, verdictReasoning: "لأن", evidence: [{ url: "https://example.com/e", title: "دليل" }] });
    expect(rated.verdictId).toBe(level.id);
    expect(rated.evidence.map((e) => e.url)).toEqual(["https://example.com/e"]);
  });

  it("answers nobody with 401 and a reader with 403 before looking at the input", async () => {
    const reader = await actorWithRole("reader");
    expect(await statusOf(createClaim.fromUntrusted({ kind: "anonymous" }, {}))).toBe(401);
    expect(await statusOf(createClaim.fromUntrusted(reader, {}))).toBe(403);
    expect(await statusOf(createClaim.fromUntrusted(editor, {}))).toBe(422);
  });
});
