/**
 * A restore brings back a claim's content; its status and its verdict only
 * when the editor picks them (lib/claims/restore-scope.ts). So restoring the
 * first draft of a published, rated fact-check keeps it on the site with its
 * verdict, evidence and first-publication date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { setVerdict } from "@/lib/claims/set-verdict";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import type { UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let claimantId: string;
let falseLevel: string;

beforeAll(async () => {
  ({ editor, claimantId } = await editorAdminAndClaimant());
  falseLevel = (await db().verdictLevel.create({ data: { key: `restore-${Date.now()}`, labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 9 } })).id;
});

/** A draft, then rated with evidence and published, then reworded: the fact-check the restore took offline. */
async function publishedFactCheck() {
  const draft = await createClaim(editor, claimInput(claimantId, { text: "الصيغة الأولى" }));
  const firstRevision = await db().revision.findFirstOrThrow({ where: { entityId: draft.id, action: "create" } });
  const rated = await setVerdict(editor, {
    claimId: draft.id,
    version: draft.version,
    verdictId: falseLevel,
    verdictReasoning: "لا يوجد دليل",
    evidence: [{ url: "https://example.com/evidence", title: "بيان رسمي" }],
  });
  const published = await changeClaimStatus(editor, { id: draft.id, version: rated.version, status: "published" });
  const reworded = await updateClaim(editor, {
    ...claimInput(claimantId, { text: "الصيغة المنشورة", status: "published" }),
    id: draft.id,
    version: published.version,
    correction: { kind: "update", note: "أعيدت صياغة النص" },
  });
  return { claim: reworded, firstRevision, publishedAt: published.publishedAt };
}

/** The public note a restore that changes a published claim's words takes (lib/claims/public-note.ts). */
const correction = { correctionKind: "correction" as const, correctionNote: "أعدنا النص الأول" };

describe("restoring a revision", () => {
  it("refuses to change a published claim's words without a public note, and writes nothing", async () => {
    const { claim, firstRevision } = await publishedFactCheck();
    expect(await refusal(restoreClaimRevision(editor, { revisionId: firstRevision.id, version: claim.version }), "en")).toMatchObject({
      status: 422,
      fieldErrors: { "correction.note": [expect.stringContaining("public note")] },
    });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ text: "الصيغة المنشورة", version: claim.version });
  });

  it("brings back the content only: a published claim stays published, rated, with its evidence and first-publication date", async () => {
    const { claim, firstRevision, publishedAt } = await publishedFactCheck();
    const restored = await restoreClaimRevision(editor, { revisionId: firstRevision.id, version: claim.version, ...correction });
    expect(restored).toMatchObject({ text: "الصيغة الأولى", status: "published", verdictId: falseLevel, verdictReasoning: "لا يوجد دليل", publishedAt });
    expect(restored.evidence.map((item) => item.url)).toEqual(["https://example.com/evidence"]);
    expect((await getPublicClaim(claim.id))?.text).toBe("الصيغة الأولى");
  });

  it("restores the verdict only when asked, reasoning and evidence with it, and keeps the claim public", async () => {
    const { claim, firstRevision, publishedAt } = await publishedFactCheck();
    const restored = await restoreClaimRevision(editor, { revisionId: firstRevision.id, version: claim.version, restoreVerdict: true, ...correction });
    expect(restored).toMatchObject({ status: "published", verdictId: null, verdictReasoning: null, verdictAt: null, publishedAt });
    expect(restored.evidence).toEqual([]);
  });

  it("takes a published claim off the site only when the editor picks its status, through the workflow's unpublish step, keeping its first-publication date", async () => {
    const { claim, firstRevision, publishedAt } = await publishedFactCheck();
    const restored = await restoreClaimRevision(editor, { revisionId: firstRevision.id, version: claim.version, restoreStatus: "on" });
    expect(restored).toMatchObject({ status: "draft", publishedAt, verdictId: falseLevel });
    expect(await getPublicClaim(claim.id)).toBeNull();
    const revision = await db().revision.findFirstOrThrow({ where: { entityId: claim.id }, orderBy: { id: "desc" } });
    expect(revision.action).toBe(`restore.${firstRevision.id}`);
  });

  it("refuses a status the workflow has no step for, and writes nothing", async () => {
    const claim = await createClaim(editor, claimInput(claimantId, { status: "in_review" }));
    const inReview = await db().revision.findFirstOrThrow({ where: { entityId: claim.id, action: "create" } });
    const published = await changeClaimStatus(editor, { id: claim.id, version: claim.version, status: "published" });
    const archived = await changeClaimStatus(editor, { id: claim.id, version: published.version, status: "archived" });
    // archived → in review is no step of the workflow.
    expect(await refusal(restoreClaimRevision(editor, { revisionId: inReview.id, version: archived.version, restoreStatus: true }), "en")).toMatchObject({
      status: 409,
      message: "A claim cannot go from “Archived” to “In review” in one step.",
    });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "archived", version: archived.version });
  });

  it("is read from a form's unticked boxes as content only", async () => {
    const { claim, firstRevision } = await publishedFactCheck();
    const restored = await restoreClaimRevision.fromUntrusted(editor, { revisionId: String(firstRevision.id), version: String(claim.version), ...correction });
    expect(restored).toMatchObject({ status: "published", verdictId: falseLevel });
  });
});
