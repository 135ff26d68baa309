import { expect, test } from "@playwright/test";
import { demoAccount, expectAccessible, pickSource, signIn } from "./fixtures";

const TIP = "هل صحيح أن بوتين يجس نبض الولايات المتحدة بشأن محادثات لإنهاء الحرب في أوكرانيا؟ رأيتها في مجموعة واتساب";

test("a tip sent anonymously is answered with the worked example's fact-check at once; an editor turns it into a claim, and the tipster sees it", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "أرسل ادعاءً" }).click();
  await expect(page.getByRole("heading", { name: "أرسل ادعاءً للتحقق منه" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("ما الادعاء؟").fill(TIP);
  await page.getByRole("button", { name: "أرسل للتحقق" }).click();
  await page.waitForURL(/\/tips\/[\w-]{20,}$/);
  const statusUrl = page.url();
  await expect(page.getByTestId("tip-status")).toContainText("ينتظر فريق التحقق");
  // Cofacts' instant reply: the published check of Bloomberg's report, with its verdict, before anyone on the desk has looked.
  const matches = page.getByTestId("tip-matches");
  await expect(matches).toContainText("يجس نبض");
  await expect(matches.getByRole("link").first()).toBeVisible();
  await expectAccessible(page);

  const deskContext = await browser.newContext({ locale: "ar" });
  const desk = await deskContext.newPage();
  await signIn(desk, demoAccount("editor"), "/editor/tips");
  await expect(desk.getByTestId("nav-tips")).toContainText(/\d/);
  const group = desk.getByTestId("tip-group").filter({ hasText: "رأيتها في مجموعة واتساب" });
  await expect(group).toContainText("يجس نبض");
  await group.getByRole("link", { name: "حوّله إلى ادعاء" }).click();
  await expect(desk.getByTestId("from-tip")).toBeVisible();
  await expect(desk.getByLabel("نص الادعاء بلغته الأصلية")).toHaveValue(TIP);
  await pickSource(desk.getByLabel("صاحب الادعاء", { exact: true }), "رويترز", "رويترز");
  await desk.getByLabel("متى قيل").fill("2024-01-27");
  await desk.getByRole("button", { name: /^(حفظ|سجّل)$/ }).click();
  await expect(desk.getByTestId("saved-notice")).toBeVisible();
  await desk.goto("/editor/tips");
  await expect(desk.getByTestId("tip-group").filter({ hasText: "رأيتها في مجموعة واتساب" })).toHaveCount(0);
  await deskContext.close();

  await page.goto(statusUrl);
  await expect(page.getByTestId("tip-status")).toContainText("يتحقق منه الفريق");
});

test("an empty tip is refused with a message in Arabic, on the form itself", async ({ page }) => {
  await page.goto("/tips/new");
  await page.getByRole("button", { name: "أرسل للتحقق" }).click();
  await expect(page.getByTestId("error-text")).toHaveText("اكتب الادعاء الذي تريد التحقق منه، أو ضع رابطه.");
  await expect(page).toHaveURL(/\/tips\/new$/);
});
