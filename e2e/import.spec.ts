import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

const ARTICLE = readFileSync("tests/fixtures/articles/kremlin-denial.txt", "utf8");
const HEADLINE = "الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا";
const CHAIN = "كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين";

test("an editor imports the worked example in one step, publishes it, and readers see the denial on its timeline", async ({ page }) => {
  test.setTimeout(180_000);
  const storyTitle = `نفي الكرملين تقرير بلومبرج (استيراد ${Date.now()})`;
  await signIn(page, demoAccount("editor"), "/editor/import");
  await expectAccessible(page);

  await page.getByLabel("نص الخبر").fill(ARTICLE);
  await page.getByRole("button", { name: "استخرج المسودة" }).click();
  await expect(page.getByRole("heading", { name: "راجع المسودة" })).toBeVisible();

  // What the parser found, each piece with the sentence it came from.
  await expect(page.getByRole("region", { name: "الخبر" }).getByLabel("العنوان")).toHaveValue(HEADLINE);
  const sources = page.getByTestId("import-source");
  await expect(sources).toHaveCount(6);
  for (const source of await sources.all()) await expect(source).toContainText("مطابق لمصدر موجود");
  const bloomberg = sources.filter({ has: page.getByText("بلومبرج", { exact: true }) });
  await expect(bloomberg.getByTestId("evidence")).toContainText("ونقلت بلومبرج عن شخصين مقربين من الكرملين");
  const claims = page.getByTestId("import-claim");
  await expect(claims).toHaveCount(2);
  const [report, denial] = [claims.nth(0), claims.nth(1)];
  await expect(report.getByTestId("chain-preview")).toHaveText(CHAIN);
  // The claim's own heading comes first; its similar-claims list, once loaded, has one too.
  await expect(denial.getByRole("heading").first()).toHaveText("الادعاء 2 · نفي");
  await expect(denial.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue("لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق");
  await expect(denial.getByTestId("evidence").first()).toContainText("ورد بيسكوف “لا، هذا تقرير خاطئ.");
  await expect(page.getByTestId("import-link")).toContainText("ينفي");
  await expect(page.getByLabel("الوسوم")).toHaveValue("أوكرانيا، الولايات المتحدة، روسيا");

  // The editor's edits: a reworded summary, the follow-up kept (with its day), a published story of its own name.
  await report.getByLabel("ملخص").fill("بوتين يجس نبض واشنطن بشأن محادثات لإنهاء الحرب في أوكرانيا.");
  await page.getByTestId("import-related").getByLabel("أبقِه ادعاء متابعة").check();
  await expect(claims).toHaveCount(3);
  await expect(claims.nth(2).getByRole("heading").first()).toHaveText("الادعاء 3 · متابعة");
  await expect(claims.nth(2).getByLabel("صاحب الادعاء").locator("option:checked")).toHaveText("دميتري بيسكوف");
  await claims.nth(2).getByLabel("متى قيل").fill("2025-02-18");
  await page.getByLabel("عنوان القصة").fill(storyTitle);
  await page.getByLabel("حالة القصة").selectOption("published");
  await expectAccessible(page);

  // A reload loses nothing: the review comes back from the browser's storage.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByText("استعدنا ما كتبته ولم يُحفظ بعد.")).toBeVisible();
  await expect(page.getByLabel("عنوان القصة")).toHaveValue(storyTitle);
  await expect(claims.nth(0).getByLabel("ملخص")).toHaveValue("بوتين يجس نبض واشنطن بشأن محادثات لإنهاء الحرب في أوكرانيا.");

  await page.getByRole("button", { name: "احفظ كل شيء" }).click();
  await page.waitForURL(/\/editor\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("import-saved")).toHaveText("أُنشئ في خطوة واحدة: 3 ادعاءات، 8 ظهورات، رابطان، لا مصادر جديدة، 3 وسوم.");
  await expect(page.getByTestId("import-story")).toContainText(storyTitle);
  // The story is a link to its desk page, where it is reviewed (and, a draft, published).
  await expect(page.getByTestId("import-story").getByRole("link", { name: storyTitle })).toHaveAttribute("href", /^\/editor\/stories\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("import-claim-status")).toHaveText(["مسودة", "مسودة", "مسودة"]);
  await expectAccessible(page);
  const savedPage = page.url();

  // Each claim is published from its own page, through the workflow.
  const claimPages = await page.getByTestId("import-claim").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  for (const claimPage of claimPages) {
    await page.goto(claimPage);
    await page.getByRole("button", { name: "انشر" }).click();
    await expect(page.getByTestId("claim-status")).toHaveText("منشور");
  }
  await page.goto(savedPage);
  await expect(page.getByTestId("import-claim-status")).toHaveText(["منشور", "منشور", "منشور"]);

  // The public timeline: the report with its chain and the denial attached, then the follow-up a year later.
  await page.goto("/");
  await page.getByRole("link", { name: storyTitle }).click();
  const events = page.getByTestId("timeline-event");
  await expect(events).toHaveCount(2);
  await expect(events.nth(0).getByTestId("attribution-chain").first()).toHaveText(CHAIN);
  await expect(events.nth(0).getByTestId("answer-denies")).toContainText("لا، هذا تقرير خاطئ");
  await expect(events.nth(1)).toContainText("الرياض");

  // The saved review is forgotten: the import page starts clean.
  await page.goto("/editor/import");
  await expect(page.getByLabel("نص الخبر")).toHaveValue("");
});

test("an import that is not complete is explained next to each field, in Arabic, and nothing is saved", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/import");
  await page.getByRole("button", { name: "استخرج المسودة" }).click();
  await expect(page.getByTestId("error-text")).toHaveText("النص فارغ: الصق نص المقال.");

  await page.getByLabel("نص الخبر").fill(ARTICLE);
  await page.getByRole("button", { name: "استخرج المسودة" }).click();
  await page.getByRole("region", { name: "الخبر" }).getByLabel("العنوان").fill("");
  await page.getByTestId("import-related").getByLabel("أبقِه ادعاء متابعة").check();
  await page.getByRole("button", { name: "احفظ كل شيء" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("تحقق من الحقول المشار إليها.");
  await expect(page.getByTestId("error-draft.article.headline")).toHaveText("العنوان مطلوب.");
  await expect(page.getByTestId("error-draft.claims.2.saidAt")).toHaveText("تاريخ الادعاء مطلوب.");
  await expect(page.getByRole("region", { name: "الخبر" }).getByLabel("العنوان")).toBeFocused();
  await expect(page).toHaveURL(/\/editor\/import$/);
});
