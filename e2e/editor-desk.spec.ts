import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, expectAccessible, pickSource, signIn } from "./fixtures";

async function saveAndWait(page: Page, button = /^(حفظ|سجّل)$/) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  return page.url().match(/claims\/([0-9a-f-]{36})/)![1]!;
}

/** Fills what the new-claim form needs: who said it (Reuters unless told), when, and its words. */
async function fillClaim(page: Page, saidAt: string, text: string, [typed, claimant]: [string, string] = ["رويترز", "رويترز"]) {
  await pickSource(page.getByLabel("صاحب الادعاء", { exact: true }), typed, claimant);
  await page.getByLabel("متى قيل").fill(saidAt);
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill(text);
}

/**
 * Two editors on the same account in separate browsers (separate storage): A saves a new claim
 * (`fillClaim`'s, plus whatever `more` adds to the form), then B opens it.
 */
async function twoEditorsOnNewClaim(browser: Browser, saidAt: string, text: string, more?: (page: Page) => Promise<void>) {
  const account = demoAccount("editor");
  const [first, second] = await Promise.all([browser.newContext({ locale: "ar" }), browser.newContext({ locale: "ar" })]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(a, account, "/editor/claims/new");
  await fillClaim(a, saidAt, text);
  await more?.(a);
  const claimId = await saveAndWait(a);
  await signIn(b, account, `/editor/claims/${claimId}`);
  return { a, b, claimId, close: () => Promise.all([first.close(), second.close()]) };
}

/** A's save of an edit, waited for until the claim's page says it was updated (not the earlier "created"). */
async function saveEdit(page: Page) {
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=updated/);
}

test("an editor enters the worked example from scratch and the public timeline shows it", async ({ page }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const storyTitle = `نفي الكرملين (اختبار ${Date.now()})`;
  await signIn(page, demoAccount("editor"), "/editor/stories/new");

  await page.getByLabel("عنوان القصة").fill(storyTitle);
  await page.getByRole("button", { name: "أنشئ القصة" }).click();
  await page.getByTestId("editor-story").filter({ hasText: storyTitle }).getByRole("link", { name: "ادعاء جديد" }).click();
  await page.waitForURL(/\/editor\/claims\/new\?story=/);

  // The report: claimant, day, words, tags, story, and the four-hop chain.
  await pickSource(page.getByLabel("صاحب الادعاء", { exact: true }), "مقربان من الكرملين", "شخصان مقربان من الكرملين");
  await page.getByLabel("متى قيل").fill("2024-01-26");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("بوتين يجس نبض الولايات المتحدة بشأن محادثات لإنهاء الحرب في أوكرانيا، وقد يتخلى عن مطلبين.");
  await page.getByLabel("الوسوم").fill("أوكرانيا، الولايات المتحدة، روسيا");
  const hops: [string, string][] = [
    ["مقربان", "شخصان مقربان من الكرملين"],
    ["بلومبرغ", "بلومبرج"], // the variant spelling finds the source by its alias
    ["رويترز", "رويترز"],
    ["كويت", "كويت نيوز"],
  ];
  for (const [index, [typed, name]] of hops.entries()) {
    await page.getByRole("button", { name: "أضف ظهورًا" }).click();
    const row = page.getByTestId("appearance-row").nth(index);
    await pickSource(row.getByLabel(/^الناقل/), typed, name);
  }
  await expect(page.getByTestId("chain-preview")).toHaveText("كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين");
  await page.getByTestId("appearance-row").nth(3).getByLabel("الرابط").fill("https://kuwait.example/kremlin-denies");
  await page.getByLabel("الحالة").selectOption("published");
  const reportId = await saveAndWait(page);

  // The denial, through "record a denial": the answered claim is a link away, and
  // the denial starts as a draft though the report is published.
  await page.getByRole("link", { name: "سجّل نفيًا" }).click();
  await page.waitForURL(/\/answer\?type=denies/);
  await expect(page.getByRole("link", { name: "عودة إلى الادعاء" })).toHaveAttribute("href", `/editor/claims/${reportId}`);
  await expect(page.getByTestId("answered-claim").getByRole("link")).toHaveAttribute("href", `/editor/claims/${reportId}`);
  await expect(page.getByLabel("الحالة")).toHaveValue("draft");
  await pickSource(page.getByLabel("صاحب الادعاء", { exact: true }), "بيسكوف", "دميتري بيسكوف");
  await page.getByLabel("متى قيل").fill("2024-01-26");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق.");
  await saveAndWait(page);
  await expect(page.getByTestId("saved-notice")).toHaveText("أُنشئ الادعاء.");
  await expect(page.getByTestId("claim-status")).toHaveText("مسودة");
  await expect(page.getByTestId("claim-links")).toContainText("ينفي");
  // Published on purpose, and told so in the workflow section it was done in.
  await page.getByRole("button", { name: "انشر" }).click();
  await expect(page.getByRole("region", { name: "سير العمل" }).getByTestId("saved-notice")).toHaveText("الحالة الآن: منشور.");
  await expect(page.getByTestId("claim-status")).toHaveText("منشور");

  // The follow-up a year later, linked as context.
  await page.goto("/editor/stories");
  await page.getByTestId("editor-story").filter({ hasText: storyTitle }).getByRole("link", { name: "ادعاء جديد" }).click();
  await page.waitForURL(/\/editor\/claims\/new\?story=/);
  await pickSource(page.getByLabel("صاحب الادعاء", { exact: true }), "بيسكوف", "دميتري بيسكوف");
  await page.getByLabel("متى قيل").fill("2025-02-18");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("المحادثات الروسية الأميركية في الرياض بدأت للتو، وبوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر.");
  await page.getByLabel("الحالة").selectOption("published");
  await saveAndWait(page);
  const linkForm = page.getByTestId("link-form");
  await linkForm.getByLabel("نوع الرابط").selectOption("context");
  await linkForm.getByLabel("الادعاء الآخر").fill("يجس نبض الولايات المتحدة");
  await linkForm.getByRole("button", { name: /يجس نبض الولايات المتحدة بشأن محادثات/ }).first().click();
  await linkForm.getByRole("button", { name: "أضف رابطًا" }).click();
  await expect(page.getByRole("region", { name: "الروابط مع ادعاءات أخرى" }).getByTestId("saved-notice")).toHaveText("أُضيف الرابط.");
  await expect(page.getByTestId("claim-links")).toContainText("متابعة");

  // A verdict with evidence on the report.
  await page.goto(`/editor/claims/${reportId}`);
  const verdict = page.getByTestId("verdict-form");
  await verdict.getByLabel("الحكم").selectOption({ label: "غير مثبت" });
  await verdict.getByLabel("التعليل").fill("مصدران مجهولان، ونفي في اليوم نفسه.");
  await verdict.getByRole("button", { name: "أضف دليلًا" }).click();
  await verdict.getByLabel("عنوان الدليل").fill("نص النفي");
  await verdict.getByLabel("رابط الدليل").fill("https://evidence.example/denial");
  await verdict.getByRole("button", { name: "احفظ الحكم" }).click();
  // Told where it was saved, not at the top of the page.
  const verdictSaved = page.getByRole("region", { name: "الحكم والأدلة" }).getByTestId("saved-notice");
  await expect(verdictSaved).toHaveText("حُفظ الحكم.");
  await expect(verdictSaved).toBeInViewport();
  await expectAccessible(page);
  console.log(`entering the worked example took ${((Date.now() - started) / 1000).toFixed(1)} s of browser time`);

  // The public timeline.
  await page.goto("/");
  await page.getByRole("link", { name: storyTitle }).click();
  const events = page.getByTestId("timeline-event");
  await expect(events).toHaveCount(2);
  await expect(events.nth(0).getByTestId("attribution-chain").first()).toHaveText("كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين");
  await expect(events.nth(0).getByTestId("answer-denies")).toContainText("لا، هذا تقرير خاطئ");
  await expect(events.nth(0)).toContainText("غير مثبت");
  await expect(events.nth(1)).toContainText("الرياض");
});

test("an editor sees invalid fields explained next to them, in Arabic, and is taken to the first, and nothing is saved", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await page.getByRole("button", { name: "أضف ظهورًا" }).click();
  await page.getByTestId("appearance-row").getByLabel("الرابط").fill("not a link");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("form-error")).toHaveText("تحقق من الحقول المشار إليها.");
  await expect(page.getByTestId("error-claimantId")).toHaveText("اختر قيمة من القائمة.");
  await expect(page.getByTestId("error-text")).toHaveText("هذا الحقل مطلوب.");
  await expect(page.getByTestId("error-appearances.0.url")).toContainText("https://");
  // The button is far down a phone's page: focus and the screen go to the first field to fix.
  const claimant = page.getByLabel("صاحب الادعاء", { exact: true });
  await expect(claimant).toBeFocused();
  await expect(claimant).toBeInViewport();
  await expect(page).toHaveURL(/\/editor\/claims\/new$/);
});

test("a second editor's save on a changed claim gets a conflict and merges without losing either edit", async ({ browser }) => {
  const { a, b, close } = await twoEditorsOnNewClaim(browser, "2024-03-01", "نص أصلي لاختبار التعارض");
  await a.reload();
  await a.getByLabel("نص الادعاء بلغته الأصلية").fill("نص عدّله المحرر الأول");
  await saveAndWait(a);

  await b.getByLabel("ملخص").fill("ملخص كتبه المحرر الثاني");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  const merge = b.getByTestId("conflict-merge");
  await expect(merge).toBeVisible();
  await expect(merge.getByTestId("merge-theirs-text")).toHaveText("نص عدّله المحرر الأول");
  await expect(merge.getByTestId("merge-mine-summary")).toHaveText("ملخص كتبه المحرر الثاني");
  await merge.getByRole("radio").nth(1).check(); // text: take theirs (radio order: text mine, text theirs, …)
  await merge.getByRole("button", { name: "احفظ الدمج" }).click();
  await expect(b.getByTestId("saved-notice")).toBeVisible();

  await b.reload();
  await expect(b.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue("نص عدّله المحرر الأول");
  await expect(b.getByLabel("ملخص")).toHaveValue("ملخص كتبه المحرر الثاني");
  await close();
});

test("a draft restored after someone else saved gets the conflict, not an overwrite of their save", async ({ browser }) => {
  const { a, b, claimId, close } = await twoEditorsOnNewClaim(browser, "2024-03-02", "نص قبل مسودة المحرر الثاني");

  // B types, the browser keeps the draft, and B leaves without saving.
  await b.getByLabel("ملخص").fill("ملخص من مسودة المحرر الثاني");
  await b.waitForTimeout(800);
  await b.goto("/editor");

  await a.getByLabel("نص الادعاء بلغته الأصلية").fill("نص صححه المحرر الأول");
  await saveEdit(a);

  // B comes back: the draft is offered again, still on the version it was typed on.
  await b.goto(`/editor/claims/${claimId}`);
  await expect(b.getByText("استعدنا ما كتبته ولم يُحفظ بعد.")).toBeVisible();
  await expect(b.getByLabel("ملخص")).toHaveValue("ملخص من مسودة المحرر الثاني");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  const merge = b.getByTestId("conflict-merge");
  await expect(merge).toBeVisible();
  await expect(merge.getByTestId("merge-theirs-text")).toHaveText("نص صححه المحرر الأول");
  // Only A changed the text, only B the summary: each starts on its editor's side.
  await expect(merge.getByRole("radio", { name: "نص صححه المحرر الأول" })).toBeChecked();
  await expect(merge.getByRole("radio", { name: "ملخص من مسودة المحرر الثاني" })).toBeChecked();
  await merge.getByRole("button", { name: "احفظ الدمج" }).click();
  await expect(b).toHaveURL(/saved=updated/);

  await b.reload();
  await expect(b.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue("نص صححه المحرر الأول");
  await expect(b.getByLabel("ملخص")).toHaveValue("ملخص من مسودة المحرر الثاني");
  await close();
});

test("a quote another editor corrected in the chain shows in the merge and is kept by default", async ({ browser }) => {
  const { a, b, close } = await twoEditorsOnNewClaim(browser, "2024-03-03", "نص لاختبار دمج الاقتباس", async (page) => {
    await page.getByRole("button", { name: "أضف ظهورًا" }).click();
    await pickSource(page.getByTestId("appearance-row").getByLabel(/^الناقل/), "رويترز", "رويترز");
    await page.getByTestId("appearance-row").getByLabel("النص كما نُشر").fill("اقتباس فيه خطأ");
  });

  await a.getByTestId("appearance-row").getByLabel("النص كما نُشر").fill("اقتباس مصحح");
  await saveEdit(a);

  await b.getByLabel("ملخص").fill("ملخص المحرر الثاني");
  await b.getByRole("button", { name: "حفظ", exact: true }).click();
  const merge = b.getByTestId("conflict-merge");
  await expect(merge).toBeVisible();
  // Same carriers on both sides: the row differs only by its quote, and the merge shows it.
  await expect(merge.getByTestId("merge-mine-appearances")).toContainText("اقتباس فيه خطأ");
  await expect(merge.getByTestId("merge-theirs-appearances")).toContainText("اقتباس مصحح");
  await expect(merge.getByRole("radio", { name: /اقتباس مصحح/ })).toBeChecked();
  await merge.getByRole("button", { name: "احفظ الدمج" }).click();
  await expect(b).toHaveURL(/saved=updated/);

  await b.reload();
  await expect(b.getByTestId("appearance-row").getByLabel("النص كما نُشر")).toHaveValue("اقتباس مصحح");
  await expect(b.getByLabel("ملخص")).toHaveValue("ملخص المحرر الثاني");
  await close();
});

test("a verdict typed while someone saved the claim is kept, survives a reload and saves over their version", async ({ browser }) => {
  const { a, b, close } = await twoEditorsOnNewClaim(browser, "2024-03-04", "نص لاختبار تعارض الحكم");

  await a.getByLabel("ملخص").fill("ملخص أضافه المحرر الأول");
  await saveEdit(a);

  const verdict = b.getByTestId("verdict-form");
  await verdict.getByLabel("التعليل").fill("تعليل كتبه المحرر الثاني");
  await verdict.getByRole("button", { name: "احفظ الحكم" }).click();
  await expect(verdict.getByTestId("verdict-conflict")).toBeVisible();
  await expect(verdict.getByTestId("verdict-conflict-theirs")).toHaveCount(0); // A changed the claim, not its verdict
  await expect(verdict.getByLabel("التعليل")).toHaveValue("تعليل كتبه المحرر الثاني");

  await b.waitForTimeout(800);
  await b.reload();
  await expect(verdict.getByLabel("التعليل")).toHaveValue("تعليل كتبه المحرر الثاني");
  await verdict.getByRole("button", { name: "احفظ الحكم" }).click();
  await expect(b).toHaveURL(/saved=verdict/);
  await expect(verdict.getByLabel("التعليل")).toHaveValue("تعليل كتبه المحرر الثاني");
  await expect(b.getByLabel("ملخص")).toHaveValue("ملخص أضافه المحرر الأول");
  await close();
});

test("a restore shows what it changes and asks first; a published claim stays on the site unless its status is picked", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await fillClaim(page, "2024-04-02", "الصيغة الأولى من الادعاء");
  const claimId = await saveAndWait(page);
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("صيغة ثانية خاطئة");
  await saveEdit(page);
  await page.getByRole("button", { name: "انشر", exact: true }).click();
  await page.waitForURL(/saved=status/);

  await page.getByRole("link", { name: "السجل" }).click();
  const revisions = page.getByTestId("revision");
  await expect(revisions).toHaveCount(3);
  await revisions.nth(2).getByRole("link", { name: "استعد هذه النسخة" }).click();

  // The preview: the words it brings back against now, and the status behind an unticked box that says what it means.
  const preview = page.getByTestId("restore-preview");
  const text = preview.locator('tr[data-field="text"]');
  await expect(text.locator("td").first()).toHaveText("صيغة ثانية خاطئة");
  await expect(text.locator("td").last()).toHaveText("الصيغة الأولى من الادعاء");
  const status = preview.getByTestId("restore-status");
  await expect(status.getByRole("checkbox")).not.toBeChecked();
  await expect(status.getByTestId("unpublish-warning")).toContainText("يسحبه من الموقع العام");
  await expectAccessible(page);
  // The claim is published and its words change: readers are told, as a correction.
  await preview.getByLabel("نوع التغيير").selectOption("correction");
  await preview.getByLabel("الملاحظة كما يقرؤها الجمهور").fill("أعدنا الصيغة الأولى بعد خطأ في التحرير");
  await preview.getByRole("button", { name: "نعم، استعد هذه النسخة" }).click();

  await expect(page.getByTestId("saved-notice")).toHaveText("استُعيدت النسخة السابقة.");
  await expect(page.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue("الصيغة الأولى من الادعاء");
  const publicPage = await page.request.get(`/claims/${claimId}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain("الصيغة الأولى من الادعاء");
  expect(await publicPage.text()).toContain("أعدنا الصيغة الأولى بعد خطأ في التحرير");
  await page.getByRole("link", { name: "السجل" }).click();
  await expect(page.getByTestId("revision-action").first()).toHaveAttribute("data-action", /^restore\./);
  await expect(page.getByTestId("revision-action").first()).toContainText("استُعيدت نسخة");
});

test("a denial already logged is linked from the denial form instead of being entered twice", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await fillClaim(page, "2024-05-02", "السفارة ستنتقل إلى العاصمة الجديدة في الربيع المقبل");
  const reportId = await saveAndWait(page);

  await page.goto("/editor/claims/new");
  await fillClaim(page, "2024-05-03", "لن تنتقل السفارة إلى العاصمة الجديدة، وهذا الخبر غير صحيح", ["بيسكوف", "دميتري بيسكوف"]);
  const denialId = await saveAndWait(page);

  await page.goto(`/editor/claims/${reportId}/answer?type=denies`);
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("لن تنتقل السفارة إلى العاصمة الجديدة");
  const similar = page.getByTestId("similar-claims");
  await expect(similar).toContainText("دميتري بيسكوف");
  await similar.getByRole("button", { name: "اربطه نفيًا لهذا الادعاء" }).click();
  await page.waitForURL(new RegExp(`/editor/claims/${denialId}\\?saved=linked`));
  await expect(page.getByRole("region", { name: "الروابط مع ادعاءات أخرى" }).getByTestId("saved-notice")).toHaveText("أُضيف الرابط.");
  await expect(page.getByTestId("claim-links")).toContainText("ينفي");
  await expect(page.getByTestId("claim-links")).toContainText("السفارة ستنتقل");
});

test("an editor deletes a claim only after confirming, is told so, and the read-only claim fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  const address = "https://kuwait.example/denies-report-2024-01-26";
  await fillClaim(page, "2024-06-01", "ادعاء يُحذف بعد التأكيد");
  await page.getByRole("button", { name: "أضف ظهورًا" }).click();
  await pickSource(page.getByTestId("appearance-row").getByLabel(/^الناقل/), "كويت", "كويت نيوز");
  await page.getByTestId("appearance-row").getByLabel("الرابط").fill(address);
  await saveAndWait(page);

  // One click only asks, and says what deleting means for an editor.
  const deletion = page.getByTestId("delete-claim");
  const confirm = deletion.getByRole("button", { name: "نعم، احذفه" });
  await expect(confirm).toBeHidden();
  await deletion.getByText("احذف", { exact: true }).click();
  await expect(deletion).toContainText("لا يستعيده إلا مدير");
  await expect(page.getByTestId("deleted-notice")).toHaveCount(0);
  await confirm.click();

  await expect(page.getByTestId("saved-notice")).toHaveText("حُذف الادعاء.");
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  await expect(page.getByTestId("deleted-claim").locator('bdi[dir="ltr"]', { hasText: address })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});

test("a reload loses nothing typed: the draft comes back", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("نص لم يُحفظ بعد");
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue("نص لم يُحفظ بعد");
  await expect(page.getByText("استعدنا ما كتبته ولم يُحفظ بعد.")).toBeVisible();
});
