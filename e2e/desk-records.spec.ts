import { expect, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

test("the worked example's Bloomberg page counts the denied report it carried", async ({ page, request }) => {
  const { trackRecord } = await (await request.get("/api/v1/sources/bloomberg")).json();
  expect(trackRecord).toMatchObject({ claimsMade: 0, claimsCarried: 1, claimsDenied: 1 });
  await page.goto("/sources/bloomberg");
  await expect(page.getByTestId("track-claimsDenied")).toContainText("ادعاءات صرّح بها أو نقلها ثم نُفيت");
  await expect(page.getByTestId("track-claimsDenied").locator("dd")).toHaveText("1");
});

test("a correction to a published claim is asked for, then shows on its page, the corrections page and the feed", async ({ page, request }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await page.getByLabel("صاحب الادعاء", { exact: true }).fill("رويترز");
  await page.getByRole("option", { name: /رويترز/ }).first().click();
  await page.getByLabel("متى قيل").fill("2024-03-01");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("الهدنة تبدأ يوم الاثنين عند الساعة السادسة");
  await page.getByLabel("الحالة").selectOption("published");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=created/);
  const claimId = page.url().match(/claims\/([0-9a-f-]{36})/)![1]!;

  await expect(page.getByTestId("public-note")).toHaveCount(0);
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("الهدنة تبدأ يوم الثلاثاء عند الساعة السادسة");
  const note = page.getByTestId("public-note");
  await expect(note).toBeVisible();
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  // Refused, and said next to the note's fields.
  await expect(note.getByTestId("error-correction.kind")).toBeVisible();
  await expect(note.getByTestId("error-correction.note")).toBeVisible();
  await note.getByLabel("نوع التغيير").selectOption("correction");
  await note.getByLabel("الملاحظة كما يقرؤها الجمهور").fill("ذكرنا خطأً أن الهدنة تبدأ الاثنين");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=updated/);

  await page.goto(`/claims/${claimId}`);
  await expect(page.getByTestId("correction-note")).toHaveCount(1);
  await expect(page.getByTestId("correction-note")).toContainText("صُحّح في");
  await expect(page.getByTestId("correction-note")).toContainText("ذكرنا خطأً أن الهدنة تبدأ الاثنين");
  await expectAccessible(page);

  await page.goto("/corrections");
  await expect(page.getByTestId("correction").first()).toContainText("ذكرنا خطأً أن الهدنة تبدأ الاثنين");
  await expect(page.getByTestId("correction").first().getByRole("link")).toHaveAttribute("href", `/claims/${claimId}`);
  await expectAccessible(page);
  const feed = await request.get("/corrections/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("ذكرنا خطأً أن الهدنة تبدأ الاثنين");
  expect(xml).toContain(`/claims/${claimId}`);
});

test("an admin writes the methodology and the corrections policy, and readers find them from every page", async ({ page }) => {
  await signIn(page, demoAccount("admin"), "/admin/pages");
  const methodology = page.getByTestId("page-form-methodology");
  await methodology.getByLabel("النص بالعربية").fill("نتحقق من كل ادعاء بمصدرين مستقلين.\n\nوننشر أدلتنا.");
  await methodology.getByRole("button", { name: "احفظ الصفحة" }).click();
  await expect(methodology.getByTestId("form-success")).toHaveText("حُفظت الصفحة.");
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "منهجيتنا" }).click();
  await expect(page.getByTestId("site-page").locator("p")).toHaveCount(3);
  await expect(page.getByTestId("site-page")).toContainText("نتحقق من كل ادعاء بمصدرين مستقلين.");
});
