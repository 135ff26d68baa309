/**
 * Public corrections: a change to what readers of a published claim see
 * (its words, a verdict it had) takes a public note, shown on the claim's
 * page in order and listed on the corrections page; drafts and first
 * verdicts take none. The newsroom's pages are the admins' to write.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { setVerdict } from "@/lib/claims/set-verdict";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { getSitePage, saveSitePage } from "@/lib/pages/site-pages";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { listCorrections } from "@/lib/reader/list-corrections";
import type { UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let admin: UserActor;
let claimantId: string;
let levels: { falseLevel: string; misleading: string };

beforeAll(async () => {
  ({ editor, admin, claimantId } = await editorAdminAndClaimant());
  const level = (key: string, ratingValue: number) =>
    db().verdictLevel.create({ data: { key: `${key}-${Date.now()}`, labelAr: key, labelEn: key, ratingValue, color: "#b91c1c", position: 9 } });
  levels = { falseLevel: (await level("false", 1)).id, misleading: (await level("misleading", 2)).id };
});

const published = () => createClaim(editor, claimInput(claimantId, { text: "النص كما نُشر", status: "published" }));
const edit = (claim: { id: string; version: number }, overrides: Record<string, unknown>) =>
  updateClaim(editor, { ...claimInput(claimantId, { status: "published", ...overrides }), id: claim.id, version: claim.version });

describe("public corrections", () => {
  it("refuse a change to a published claim's words without a note, and write nothing", async () => {
    const claim = await published();
    expect(await refusal(edit(claim, { text: "نص معدل" }))).toMatchObject({
      status: 422,
      fieldErrors: { "correction.note": [expect.stringContaining("ملاحظة علنية")] },
    });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ text: "النص كما نُشر", version: claim.version });
    expect(await db().correction.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("show each note on the claim's page in order, and on the corrections page newest first", async () => {
    const claim = await published();
    const first = await edit(claim, { text: "نص مصحح", correction: { kind: "correction", note: "كان الرقم خاطئًا" } });
    const rated = await setVerdict(editor, { claimId: claim.id, version: first.version, verdictId: levels.falseLevel, verdictReasoning: "سبب" });
    await setVerdict(editor, {
      claimId: claim.id,
      version: rated.version,
      verdictId: levels.misleading,
      verdictReasoning: "سبب أدق",
      correction: { kind: "update", note: "وصلتنا وثيقة جديدة" },
    });
    const page = await getPublicClaim(claim.id);
    expect(page?.corrections.map(({ kind, note }) => [kind, note])).toEqual([
      ["correction", "كان الرقم خاطئًا"],
      ["update", "وصلتنا وثيقة جديدة"],
    ]);
    const { corrections } = await listCorrections();
    expect(corrections.slice(0, 2).map((entry) => [entry.note, entry.claim.id])).toEqual([
      ["وصلتنا وثيقة جديدة", claim.id],
      ["كان الرقم خاطئًا", claim.id],
    ]);
    expect(await db().correction.findMany({ where: { claimId: claim.id }, select: { fields: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { fields: ["text"] },
      { fields: ["verdict"] },
    ]);
  });

  it("ask nothing of a draft's edits, of a published claim's first verdict, or of edits that leave words and verdict alone", async () => {
    const draft = await createClaim(editor, claimInput(claimantId));
    await updateClaim(editor, { ...claimInput(claimantId, { text: "مسودة معدلة" }), id: draft.id, version: draft.version });
    const claim = await published();
    const rated = await setVerdict(editor, { claimId: claim.id, version: claim.version, verdictId: levels.falseLevel });
    await edit(rated, { text: "النص كما نُشر", summary: "ملخص جديد" });
    expect(await db().correction.count({ where: { claimId: { in: [draft.id, claim.id] } } })).toBe(0);
  });

  it("leave a claim taken off the site out of the corrections page", async () => {
    const claim = await published();
    const corrected = await edit(claim, { text: "نص آخر", correction: { kind: "correction", note: "ملاحظة على ادعاء سيُسحب" } });
    await updateClaim(editor, { ...claimInput(claimantId, { text: "نص آخر", status: "draft" }), id: claim.id, version: corrected.version });
    expect((await listCorrections({ pageSize: 1000 })).corrections.map((entry) => entry.note)).not.toContain("ملاحظة على ادعاء سيُسحب");
  });
});

describe("the newsroom's pages", () => {
  it("are written by admins only, each save a revision, and a stale save is a conflict", async () => {
    expect(await getSitePage("methodology")).toMatchObject({ bodyAr: "", version: 0 });
    expect(await refusal(saveSitePage(editor, { key: "methodology", version: 0, bodyAr: "منهجيتنا" }))).toMatchObject({ status: 403 });
    const saved = await saveSitePage(admin, { key: "methodology", version: 0, bodyAr: "نتحقق من كل ادعاء بمصدرين." });
    expect(saved).toMatchObject({ version: 1, bodyAr: "نتحقق من كل ادعاء بمصدرين." });
    expect(await refusal(saveSitePage(admin, { key: "methodology", version: 0, bodyAr: "نسخة قديمة" }))).toMatchObject({ status: 409 });
    expect(await db().revision.count({ where: { entityType: "page", entityId: "methodology" } })).toBe(1);
  });
});
