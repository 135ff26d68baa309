/**
 * Review before publishing (lib/reviews/, lib/settings/desk-settings.ts): with
 * the desk's setting on, a claim reaches the public site only when an editor
 * other than the one who asked approves it. The rule lives in the domain and
 * the permission table, so every boundary (form, API, script) meets it.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anonymous, type Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { approveReview } from "@/lib/reviews/approve-review";
import { requestReview } from "@/lib/reviews/request-review";
import { returnReview } from "@/lib/reviews/return-review";
import { getDeskSettings, updateDeskSettings } from "@/lib/settings/desk-settings";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let author: UserActor;
let reviewer: UserActor;
let admin: UserActor;
let reader: UserActor;
let claimantId: string;

beforeAll(async () => {
  ({ editor: author, admin, claimantId } = await editorAdminAndClaimant());
  reviewer = await actorWithRole("editor");
  reader = await actorWithRole("reader");
  // Nothing listens there, and no worker runs in this file: the deliveries are only queued, which is what is checked.
  await createWebhook(admin, { url: "http://127.0.0.1:9/isnad-hook", events: ["claim_published"] });
});

async function setReview(on: boolean) {
  const { version } = await getDeskSettings();
  await updateDeskSettings(admin, { version, reviewBeforePublishing: on });
}

const draft = () => createClaim(author, claimInput(claimantId));

/** A claim its author has sent for review, and the request waiting. */
async function inReview(options: { reviewerId?: string } = {}) {
  const claim = await draft();
  const asked = await requestReview(author, { claimId: claim.id, version: claim.version, note: "راجعوا المصدر الثاني", ...options });
  const review = await db().reviewRequest.findFirstOrThrow({ where: { claimId: claim.id, status: "pending" } });
  return { claim: asked, review };
}

const webhookEvents = async (claimId: string) =>
  (await db().webhookDelivery.findMany({ where: { payload: { path: ["data", "claim", "id"], equals: claimId } }, select: { event: true } })).map((row) => row.event);

describe("the desk's setting", () => {
  it("is an admin's, with a revision per save and a 409 over a newer version", async () => {
    const editorsTry = await refusal(updateDeskSettings(author, { version: 0, reviewBeforePublishing: true }));
    expect(editorsTry.status).toBe(403);
    const before = await getDeskSettings();
    const saved = await updateDeskSettings(admin, { version: before.version, reviewBeforePublishing: true });
    expect(saved.reviewBeforePublishing).toBe(true);
    expect(await refusal(updateDeskSettings(admin, { version: before.version, reviewBeforePublishing: false }))).toMatchObject({ status: 409 });
    const off = await updateDeskSettings(admin, { version: saved.version, reviewBeforePublishing: "false" });
    expect(off.reviewBeforePublishing).toBe(false);
    const revisions = await db().revision.findMany({ where: { entityType: "settings" }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => revision.action)).toEqual(["create", "update"]);
  });
});

describe("with review required", () => {
  beforeEach(() => setReview(true));

  it("refuses every direct way onto the public site: a status step, an edit, a new published claim", async () => {
    const claim = await draft();
    const direct = await refusal(changeClaimStatus(author, { id: claim.id, version: claim.version, status: "published" }), "en");
    expect(direct).toMatchObject({ status: 409, code: "error.reviewRequired", fieldErrors: { status: [expect.any(String)] } });
    expect(direct.message).toMatch(/publishes only after review/);
    const edit = await refusal(updateClaim(admin, { ...claimInput(claimantId), id: claim.id, version: claim.version, status: "published" }));
    expect(edit).toMatchObject({ status: 409, code: "error.reviewRequired" });
    expect(await refusal(createClaim(admin, claimInput(claimantId, { status: "published" })))).toMatchObject({ status: 409, code: "error.reviewRequired" });
    const { claim: waiting } = await inReview();
    expect(await refusal(changeClaimStatus(reviewer, { id: waiting.id, version: waiting.version, status: "published" }))).toMatchObject({ code: "error.reviewRequired" });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("draft");
  });

  it("publishes when another editor approves, through the workflow: revision and webhook as for any publication", async () => {
    const { claim, review } = await inReview();
    expect(claim.status).toBe("in_review");
    const published = await approveReview(reviewer, { reviewId: review.id, version: claim.version, note: "راجعت المصدرين، سليم." });
    expect(published).toMatchObject({ status: "published", publishedAt: expect.any(Date) });
    expect(await db().reviewRequest.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "approved", decidedById: reviewer.id });
    const notes = await db().claimNote.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((note) => [note.authorId, note.reviewStep, note.body])).toEqual([
      [author.id, "pending", "راجعوا المصدر الثاني"],
      [reviewer.id, "approved", "راجعت المصدرين، سليم."],
    ]);
    const revisions = await db().revision.findMany({ where: { entityId: { in: [claim.id, review.id] } }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => `${revision.entityType}:${revision.action}`)).toEqual([
      "claim:create",
      "claim:status.in_review",
      "review:request",
      "review:approved",
      "claim:status.published",
    ]);
    expect(revisions.at(-1)?.actorId).toBe(reviewer.id);
    expect(await webhookEvents(claim.id)).toEqual(["claim_published"]);
  });

  it("refuses the author's own approval or return, whatever their role, and anyone but the desk", async () => {
    const { claim, review } = await inReview();
    const own = await refusal(approveReview(author, { reviewId: review.id, version: claim.version }), "en");
    expect(own).toMatchObject({ status: 403, code: "error.reviewOwnRequest" });
    expect(own.message).toBe("Whoever asked for a review cannot approve or return it: another editor reviews it.");
    expect(await refusal(returnReview(author, { reviewId: review.id, version: claim.version, note: "لا" }))).toMatchObject({ status: 403 });
    expect(await refusal(approveReview(reader, { reviewId: review.id, version: claim.version }))).toMatchObject({ status: 403, code: "error.forbidden" });
    expect(await refusal(approveReview(anonymous, { reviewId: review.id, version: claim.version }))).toMatchObject({ status: 401 });
    expect(await refusal(requestReview(reader, { claimId: claim.id, version: claim.version }))).toMatchObject({ status: 403 });

    // An admin who asked is the author too.
    const adminsDraft = await createClaim(admin, claimInput(claimantId));
    await requestReview(admin, { claimId: adminsDraft.id, version: adminsDraft.version });
    const adminsReview = await db().reviewRequest.findFirstOrThrow({ where: { claimId: adminsDraft.id } });
    expect(await refusal(approveReview(admin, { reviewId: adminsReview.id, version: adminsDraft.version + 1 }))).toMatchObject({ status: 403, code: "error.reviewOwnRequest" });
    // An API token acts as its maker.
    const token: Actor = { kind: "token", id: crypto.randomUUID(), role: "editor", scopes: ["claims_write"], createdById: author.id };
    expect(await refusal(approveReview(token, { reviewId: review.id, version: claim.version }))).toMatchObject({ status: 403, code: "error.reviewOwnRequest" });

    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("in_review");
    expect((await db().reviewRequest.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("pending");
  });

  it("sends a claim back to a draft only with a note, and a decided request takes no second decision", async () => {
    const { claim, review } = await inReview();
    const noNote = await refusal(returnReview(reviewer, { reviewId: review.id, version: claim.version, note: "  " }));
    expect(noNote).toMatchObject({ status: 422, fieldErrors: { note: [expect.any(String)] } });
    const back = await returnReview(reviewer, { reviewId: review.id, version: claim.version, note: "ينقص تاريخ النفي." });
    expect(back.status).toBe("draft");
    expect(await db().reviewRequest.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "returned" });
    const again = await refusal(approveReview(reviewer, { reviewId: review.id, version: back.version }), "en");
    expect(again).toMatchObject({ status: 409, code: "error.reviewDecided" });
    expect(again.message).toContain("sent back to its author");
  });

  it("approves the version the reviewer read: a save in between is a 409, not a silent publication", async () => {
    const { claim, review } = await inReview();
    const edited = await updateClaim(author, { ...claimInput(claimantId), id: claim.id, version: claim.version, status: "in_review", text: "نص بعد الطلب" });
    expect(await refusal(approveReview(reviewer, { reviewId: review.id, version: claim.version }))).toMatchObject({ status: 409, code: "error.conflict" });
    expect(await approveReview(reviewer, { reviewId: review.id, version: edited.version })).toMatchObject({ status: "published", text: "نص بعد الطلب" });
  });

  it("withdraws a waiting request when the claim leaves review another way, or a new request replaces it", async () => {
    const { claim, review } = await inReview();
    const again = await requestReview(author, { claimId: claim.id, version: claim.version });
    expect((await db().reviewRequest.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("withdrawn");
    const second = await db().reviewRequest.findFirstOrThrow({ where: { claimId: claim.id, status: "pending" } });
    const drafted = await changeClaimStatus(author, { id: claim.id, version: again.version, status: "draft" });
    expect((await db().reviewRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("withdrawn");
    expect(await refusal(approveReview(reviewer, { reviewId: second.id, version: drafted.version }))).toMatchObject({ status: 409, code: "error.reviewDecided" });
  });

  it("asks a named reviewer only if they are another active desk user, and only for a draft", async () => {
    const claim = await draft();
    const self = await refusal(requestReview(author, { claimId: claim.id, version: claim.version, reviewerId: author.id }));
    expect(self).toMatchObject({ status: 422, fieldErrors: { reviewerId: [expect.any(String)] } });
    const toReader = await refusal(requestReview(author, { claimId: claim.id, version: claim.version, reviewerId: reader.id }));
    expect(toReader).toMatchObject({ status: 422, code: "error.reviewerNotEditor" });
    const { claim: published, review } = await inReview({ reviewerId: reviewer.id });
    expect(review.reviewerId).toBe(reviewer.id);
    const after = await approveReview(reviewer, { reviewId: review.id, version: published.version });
    const onceMore = await refusal(requestReview(author, { claimId: after.id, version: after.version }), "en");
    expect(onceMore).toMatchObject({ status: 409, code: "error.reviewNotDraft" });
    expect(onceMore.message).toContain("“Published”");
  });
});

describe("with review off (the default)", () => {
  beforeEach(() => setReview(false));

  it("publishes directly, and a review can still be asked for and approved", async () => {
    const claim = await draft();
    expect(await changeClaimStatus(author, { id: claim.id, version: claim.version, status: "published" })).toMatchObject({ status: "published" });
    expect(await createClaim(author, claimInput(claimantId, { status: "published" }))).toMatchObject({ status: "published" });
    const { claim: waiting, review } = await inReview();
    expect(await refusal(approveReview(author, { reviewId: review.id, version: waiting.version }))).toMatchObject({ status: 403 });
    expect(await approveReview(reviewer, { reviewId: review.id, version: waiting.version })).toMatchObject({ status: "published" });
  });
});
