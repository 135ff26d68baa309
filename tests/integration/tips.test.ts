import { beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { createClaimFromTip } from "@/lib/tips/create-claim-from-tip";
import { dismissTipGroup } from "@/lib/tips/dismiss-tip-group";
import { getTipStatus } from "@/lib/tips/get-tip-status";
import { countOpenTipGroups, listTipGroups } from "@/lib/tips/list-tip-groups";
import { submitTip, TIPS_PER_ADDRESS_PER_HOUR } from "@/lib/tips/submit-tip";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let claimantId: string;
let factCheckId: string;

const REPORT = "بوتين يجس نبض الولايات المتحدة بشأن محادثات لإنهاء الحرب في أوكرانيا";
let addressCount = 0;
/** Each test its own address, so that the per-address limit counts only what the test sends. */
const freshAddress = () => `192.0.2.${++addressCount}`;
const tip = (input: { text?: string; url?: string; website?: string }, address = freshAddress()) => submitTip.fromUntrusted(anonymous, { ...input, channel: "web", address });

beforeAll(async () => {
  ({ editor, claimantId } = await editorAdminAndClaimant());
  factCheckId = (await createClaim(editor, claimInput(claimantId, { text: REPORT, status: "published" }))).id;
  // A draft as alike is the desk's business, never shown to a tipster.
  await createClaim(editor, claimInput(claimantId, { text: `${REPORT} (مسودة)` }));
});

describe("a tip from a reader", () => {
  it("is taken from anyone, without an account, with a revision and no trace of its token there", async () => {
    const receipt = await tip({ text: "سمعت أن الكرملين سيعلن هدنة غدًا", url: "https://example.com/post/1" });
    const stored = await db().tip.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(stored).toMatchObject({ status: "open", channel: "web", groupId: receipt.id, url: "https://example.com/post/1" });
    const [revision] = await db().revision.findMany({ where: { entityType: "tip", entityId: receipt.id } });
    expect(revision).toMatchObject({ action: "create", actorId: null });
    expect(JSON.stringify(revision!.after)).not.toContain(receipt.trackingToken);
  });

  it("is answered at once with the published fact-check it matches, never a draft", async () => {
    const receipt = await tip({ text: "هل صحيح أن بوتين يَجُسّ نبض الولايات المتحدة حول محادثات إنهاء حرب أوكرانيا؟" });
    const status = await getTipStatus(receipt.trackingToken);
    expect(status.matches.map((claim) => claim.id)).toEqual([factCheckId]);
    expect(status.status).toBe("open");
  });

  it("with nothing in it is refused per field, in Arabic and English, and nothing is stored", async () => {
    const before = await db().tip.count();
    const ar = await refusal(tip({ text: "   ", url: "" }));
    expect(ar).toMatchObject({ status: 422, fieldErrors: { text: ["اكتب الادعاء الذي تريد التحقق منه، أو ضع رابطه."] } });
    const en = await refusal(tip({}), "en");
    expect(en.fieldErrors).toEqual({ text: ["Write the claim you want checked, or paste its link."] });
    expect(await db().tip.count()).toBe(before);
  });

  it("that fills in the hidden field is refused (400) and not stored", async () => {
    const before = await db().tip.count();
    expect(await refusal(tip({ text: "إعلان: اربح جائزة", website: "https://spam.example" }))).toMatchObject({ status: 400, code: "error.tipRefused" });
    expect(await db().tip.count()).toBe(before);
  });

  it("with a link that is not http(s) is refused on the url field", async () => {
    expect((await refusal(tip({ text: "نص", url: "javascript:alert(1)" }))).fieldErrors).toHaveProperty("url");
  });

  it("joins the open group of tips about the same claim (alike words, or the same link), and not another's", async () => {
    const first = await tip({ text: "وزارة الصحة تعلن إغلاق المدارس في العاصمة بسبب وباء جديد" });
    const reworded = await tip({ text: "وزارة الصحة تعلن اغلاق المدارس بالعاصمة بسبب وباء جديد!" });
    const other = await tip({ text: "ارتفاع أسعار الخبز في الأسواق هذا الأسبوع" });
    const byLink = await tip({ url: "https://example.com/video/42" });
    const sameLink = await tip({ text: "شاهدوا هذا الفيديو", url: "https://example.com/video/42" });
    expect(reworded.groupId).toBe(first.groupId);
    expect(other.groupId).not.toBe(first.groupId);
    expect(sameLink.groupId).toBe(byLink.groupId);
  });
});

describe("the per-address limit", () => {
  it(`takes ${TIPS_PER_ADDRESS_PER_HOUR} tips an hour from one address, then answers 429 with Retry-After, and other addresses go on`, async () => {
    const address = freshAddress();
    for (let n = 0; n < TIPS_PER_ADDRESS_PER_HOUR; n++) await tip({ text: `ادعاء رقم ${n} عن موضوع مختلف تمامًا ${n * 7919}` }, address);
    const refused = await submitTip.fromUntrusted(anonymous, { text: "واحد زيادة", channel: "api", address }).catch((error: unknown) => error);
    expect(await refusal(Promise.reject(refused))).toMatchObject({ status: 429, code: "error.tooManyRequestsSeconds" });
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(3000);
    await expect(tip({ text: "من عنوان آخر" })).resolves.toHaveProperty("trackingToken");
  });

  it("counts a burst sent at the same moment in full: no more than the limit is stored", async () => {
    const address = freshAddress();
    const before = await db().tip.count();
    const results = await Promise.allSettled(Array.from({ length: TIPS_PER_ADDRESS_PER_HOUR + 8 }, (_, n) => tip({ text: `سيل من البلاغات ${n} ${n * 104729}` }, address)));
    const refused = await Promise.all(results.flatMap((result) => (result.status === "rejected" ? [refusal(Promise.reject(result.reason))] : [])));
    expect(refused.map((answer) => answer.status)).toEqual(Array(8).fill(429));
    expect(await db().tip.count()).toBe(before + TIPS_PER_ADDRESS_PER_HOUR);
  });
});

describe("the desk's tip queue", () => {
  it("lists groups with their count and matches; turning one into a claim marks every tip of it and leads the tipster to the published claim", async () => {
    const first = await tip({ text: "مقطع يزعم أن الجسر الجديد في المدينة انهار صباح اليوم" });
    const second = await tip({ text: "مقطع يزعم ان الجسر الجديد في المدينة انهار صباح اليوم" });
    expect(second.groupId).toBe(first.groupId);
    const { items } = await listTipGroups({ status: "open", page: 1 });
    const group = items.find((item) => item.groupId === first.groupId)!;
    expect(group.tipCount).toBe(2);
    const openBefore = await countOpenTipGroups();

    const claim = await createClaimFromTip(editor, { ...claimInput(claimantId, { text: "الجسر الجديد انهار صباح اليوم", status: "published" }), tipGroupId: first.groupId });
    const tips = await db().tip.findMany({ where: { groupId: first.groupId } });
    expect(tips.map((stored) => [stored.status, stored.claimId])).toEqual([
      ["converted", claim.id],
      ["converted", claim.id],
    ]);
    expect(await db().revision.count({ where: { entityType: "tip", action: "convert" } })).toBe(2);
    expect(await countOpenTipGroups()).toBe(openBefore - 1);
    expect((await getTipStatus(second.trackingToken)).claimPath).toBe(`/claims/${claim.id}`);
    // Converted once: a second conversion would make a duplicate claim.
    expect(await refusal(createClaimFromTip(editor, { ...claimInput(claimantId), tipGroupId: first.groupId }))).toMatchObject({ status: 409, code: "error.tipNotOpen" });
  });

  it("sets a group aside; the tipster sees it, and only the desk may do it", async () => {
    const receipt = await tip({ text: "رسالة متداولة عن توزيع مجاني للذهب في الساحة" });
    expect(await refusal(dismissTipGroup.fromUntrusted(anonymous, { groupId: receipt.groupId }))).toMatchObject({ status: 401 });
    expect(await refusal(dismissTipGroup(await actorWithRole("reader"), { groupId: receipt.groupId }))).toMatchObject({ status: 403 });
    await dismissTipGroup(editor, { groupId: receipt.groupId });
    expect((await getTipStatus(receipt.trackingToken)).status).toBe("dismissed");
    expect(await refusal(createClaimFromTip(editor, { ...claimInput(claimantId), tipGroupId: receipt.groupId }))).toMatchObject({ status: 409 });
  });

  it("tells partners' webhooks of each tip in the tip's own transaction", async () => {
    const admin = await actorWithRole("admin");
    await createWebhook(admin, { url: "https://partner.example/hooks", events: ["tip_received"] });
    const receipt = await tip({ text: "بلاغ لإخطار الشركاء" });
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { event: "tip_received" }, orderBy: { createdAt: "desc" } });
    expect(delivery.payload).toMatchObject({ type: "tip.received", data: { tip: { id: receipt.id, groupId: receipt.groupId, channel: "web" } } });
  });

  it("an unknown tracking token is a 404", async () => {
    expect(await refusal(getTipStatus("no-such-token"))).toMatchObject({ status: 404 });
  });
});
