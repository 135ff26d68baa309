import { expect, test, type Page } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

const CLAIM_TEXT = "الوزارة تعلن فتح المعبر صباح الغد أمام الشاحنات";
const REVIEWED = "تحققت من التاريخ مع مكتبنا هناك: سليم.";

/** The admin switches review before publishing on or off at /admin/settings. */
async function setReview(admin: Page, on: boolean) {
  await admin.goto("/admin/settings");
  const box = admin.getByRole("checkbox", { name: /المراجعة قبل النشر/ });
  await box.setChecked(on);
  await admin.getByRole("button", { name: "احفظ الإعدادات" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("حُفظت الإعدادات.");
}

test("with review required, editor A asks for review, editor B approves with a note on the thread, and the claim is published", async ({ browser }) => {
  const [adminContext, editorContext] = await Promise.all([browser.newContext({ locale: "ar" }), browser.newContext({ locale: "ar" })]);
  const [reviewer, author] = await Promise.all([adminContext.newPage(), editorContext.newPage()]);
  const reviewerAccount = demoAccount("admin");
  await signIn(reviewer, reviewerAccount, "/admin/settings");
  await setReview(reviewer, true);
  try {
    // Editor A files a claim: publishing is not among the statuses it may take, nor among the steps.
    await signIn(author, demoAccount("editor"), "/editor/claims/new");
    await expect(author.getByLabel("الحالة").locator('option[value="published"]')).toHaveCount(0);
    await author.getByLabel("صاحب الادعاء", { exact: true }).fill("رويترز");
    await author.getByRole("option", { name: /رويترز/ }).first().click();
    await author.getByLabel("متى قيل").fill("2024-05-04");
    await author.getByLabel("نص الادعاء بلغته الأصلية").fill(CLAIM_TEXT);
    await author.getByRole("button", { name: "حفظ", exact: true }).click();
    await author.waitForURL(/saved=created/);
    const claimId = author.url().match(/claims\/([0-9a-f-]{36})/)![1]!;
    await expect(author.getByRole("button", { name: "انشر", exact: true })).toHaveCount(0);

    // A asks for review, mentioning B on the thread.
    const handle = reviewerAccount.email.slice(0, reviewerAccount.email.indexOf("@"));
    const request = author.getByTestId("review-request");
    await expect(request).toContainText("يشترط هذا المكتب أن يوافق محرر ثانٍ");
    await request.getByLabel("ملاحظة للمراجع (اختيارية)").fill(`@${handle} راجع تاريخ الإعلان من فضلك`);
    await request.getByRole("button", { name: "اطلب المراجعة" }).click();
    await author.waitForURL(/saved=reviewRequested/);
    await expect(author.getByTestId("claim-status")).toHaveText("قيد المراجعة");
    await expect(author.getByTestId("review-pending")).toContainText("طلبت مراجعة هذا الادعاء");
    await expect(author.getByTestId("review-decision")).toHaveCount(0);
    expect((await author.request.get(`/claims/${claimId}`)).status()).toBe(404);

    // B's desk header counts what waits; the inbox has the review and the mention.
    await reviewer.goto("/editor");
    await expect(reviewer.getByTestId("inbox-link")).toHaveText(/الوارد \((\d+)\)/);
    await reviewer.getByTestId("inbox-link").click();
    await expect(reviewer.getByTestId("inbox-reviews")).toContainText(CLAIM_TEXT);
    await expect(reviewer.getByTestId("inbox-mentions")).toContainText("راجع تاريخ الإعلان من فضلك");
    await expectAccessible(reviewer);
    await reviewer.getByTestId("inbox-reviews").getByRole("link", { name: new RegExp(CLAIM_TEXT.slice(0, 20)) }).click();
    await reviewer.waitForURL(`**/editor/claims/${claimId}`);

    // B approves with a note: the claim is published, and both notes are on the thread.
    const decision = reviewer.getByTestId("review-decision");
    await decision.getByLabel("ملاحظة على الخيط").fill(REVIEWED);
    await expectAccessible(reviewer);
    await decision.getByRole("button", { name: "وافق وانشر" }).click();
    await reviewer.waitForURL(/saved=reviewApproved/);
    await expect(reviewer.getByTestId("saved-notice")).toHaveText("وافقت على الادعاء، فنُشر.");
    await expect(reviewer.getByTestId("claim-status")).toHaveText("منشور");
    const notes = reviewer.getByTestId("claim-notes").getByRole("listitem");
    await expect(notes).toHaveCount(2);
    await expect(notes.nth(0)).toContainText("طلب المراجعة");
    await expect(notes.nth(1)).toContainText("وافق ونشر");
    await expect(notes.nth(1)).toContainText(REVIEWED);

    // Readers see the claim; the desk's notes reach neither its page nor the API.
    const page = await reviewer.request.get(`/claims/${claimId}`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain(CLAIM_TEXT);
    expect(html).not.toContain(REVIEWED);
    const api = await reviewer.request.get(`/api/v1/claims/${claimId}`);
    expect(api.status()).toBe(200);
    expect(await api.text()).not.toContain(REVIEWED);

    // A's inbox is not where B's review was: the one who asked never sees it to decide.
    await author.goto("/editor/inbox");
    await expect(author.getByTestId("inbox-reviews")).not.toContainText(CLAIM_TEXT);
  } finally {
    await setReview(reviewer, false);
    await Promise.all([adminContext.close(), editorContext.close()]);
  }
});
