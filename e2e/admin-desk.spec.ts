import { expect, test, type Page } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

async function signOut(page: Page) {
  await page.getByRole("link", { name: "تسجيل الخروج" }).click();
  await page.getByRole("main").getByRole("button", { name: "تسجيل الخروج" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "تسجيل الدخول" })).toBeVisible();
}

/** Creates an account on the users page and returns the password the page generated for it. */
async function createAccount(page: Page, email: string, role: "editor" | "reader" | "admin") {
  await page.goto("/admin/users");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("الاسم", { exact: true }).fill("محررة الاختبار");
  await page.getByLabel("الدور", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "أنشئ الحساب" }).click();
  await expect(page.getByTestId("form-success")).toContainText(email);
  return (await page.getByTestId("generated-password").locator("code").innerText()).trim();
}

test("anonymous visitors are sent to sign in, and come back to the page they asked for", async ({ page }) => {
  await page.goto("/admin/sources");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fsources$/);
  await page.getByLabel("البريد الإلكتروني").fill(demoAccount("admin").email);
  await page.getByLabel("كلمة المرور").fill(demoAccount("admin").password);
  await page.getByRole("button", { name: "دخول" }).click();
  await page.waitForURL((url) => url.pathname === "/admin/sources");
  await expect(page.getByRole("heading", { level: 1, name: "المصادر" })).toBeVisible();
});

test("the admin's desk: a new editor proposes a source, the admin merges it, the audit log shows both", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const editorEmail = `editor-${stamp}@example.org`;
  const proposed = `بلومبيرغ نيوز ${stamp}`;

  // The admin creates an editor's account; the page generates the password and shows it once.
  await signIn(page, demoAccount("admin"), "/admin/users");
  await expectAccessible(page);
  const password = await createAccount(page, editorEmail, "editor");
  expect(password).toMatch(/^\S{16}$/);
  await expect(page.getByTestId("user-row").filter({ hasText: editorEmail })).toContainText("فعّال");
  await signOut(page);

  // The editor may not open the admin's pages: a real 403, with a page that says so.
  await signIn(page, { email: editorEmail, password }, "/editor/sources/new");
  const forbidden = await page.goto("/admin/sources");
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toContainText("غير مسموح");
  await expectAccessible(page);

  // …but may propose a source; a missing name is said next to the field, and what was typed stays.
  await page.goto("/editor/sources/new");
  await page.getByLabel("الاسم بالإنجليزية").fill("Bloomberg News");
  await page.getByRole("button", { name: "اقترح المصدر" }).click();
  await expect(page.getByTestId("error-name")).toHaveText("هذا الحقل مطلوب.");
  await expect(page.getByLabel("الاسم بالإنجليزية")).toHaveValue("Bloomberg News");
  await page.getByLabel("الاسم", { exact: true }).fill(proposed);
  await page.getByLabel("النوع").selectOption("outlet");
  await page.getByRole("button", { name: "اقترح المصدر" }).click();
  await expect(page.getByTestId("form-success")).toContainText(proposed);
  await expectAccessible(page);
  await signOut(page);

  // The admin finds it among the proposed sources and merges it into the existing بلومبرج.
  await signIn(page, demoAccount("admin"), "/admin/sources");
  await page.getByRole("link", { name: /^مقترحة/ }).click();
  // The tab's navigation must land before the click on its list, or it can overtake the source's.
  await page.waitForURL(/status=proposed/);
  await page.getByRole("link", { name: proposed }).click();
  await page.waitForURL(/\/admin\/sources\/[0-9a-f-]{36}/);
  await expect(page.getByText("اقترح محرر هذا المصدر")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("ابحث عن المصدر الذي سيبقى").fill("بلومبرغ");
  await page.getByLabel("ابحث عن المصدر الذي سيبقى").press("Enter");
  // The search lands on its own section, where the candidates are, not at the top of the page.
  await expect(page).toHaveURL(/mergeQuery=.+#source-merge$/);
  await page.getByRole("button", { name: "ادمج في بلومبرج", exact: true }).click();
  await expect(page.getByTestId("saved-notice")).toContainText("دُمج المصدر المكرر");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بلومبرج");
  await expect(page.getByLabel("أسماء أخرى")).toHaveValue(new RegExp(proposed));
  await expect(page.getByRole("button", { name: `تراجع عن دمج ${proposed}` })).toBeVisible();
  await expectAccessible(page);

  // The audit log shows the editor's proposal and the admin's merge, newest first.
  await page.goto("/admin/audit?entityType=source");
  const rows = page.getByTestId("audit-row").filter({ hasText: proposed });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByTestId("audit-action")).toHaveText("دمج");
  await expect(rows.nth(0)).toContainText("المصدر الباقي: بلومبرج");
  await expect(rows.nth(1).getByTestId("audit-action")).toHaveText("إنشاء");
  await expect(rows.nth(1)).toContainText("محررة الاختبار");
  await expectAccessible(page);
  await rows.nth(0).getByRole("link", { name: proposed }).click();
  await expect(page.getByTestId("merged-notice")).toContainText("بلومبرج");

  // A merge can be taken back from the duplicate's page.
  await page.getByRole("button", { name: "تراجع عن الدمج" }).click();
  await expect(page.getByTestId("saved-notice")).toContainText("أُلغي الدمج");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(proposed);
  await expect(page.getByLabel("الاسم", { exact: true })).toHaveValue(proposed);
});

test("a role change ends the user's session on their very next request; signed in again, the new role counts", async ({ page, browser }) => {
  const email = `reader-${Date.now()}@example.org`;
  await signIn(page, demoAccount("admin"), "/admin/users");
  const password = await createAccount(page, email, "reader");

  const other = await browser.newContext();
  const readerPage = await other.newPage();
  await signIn(readerPage, { email, password }, "/");
  expect((await readerPage.goto("/admin/tokens"))?.status()).toBe(403);

  const row = page.getByTestId("user-row").filter({ hasText: email });
  await row.getByLabel(`دور ${email}`).selectOption("admin");
  await row.getByRole("button", { name: "غيّر الدور" }).click();
  await expect(row.getByTestId("form-success")).toHaveText("تغيّر الدور.");
  await readerPage.goto("/admin/tokens");
  await expect(readerPage).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Ftokens$/);
  await signIn(readerPage, { email, password }, "/admin/tokens");
  expect((await readerPage.goto("/admin/tokens"))?.status()).toBe(200);

  await row.getByRole("button", { name: `عطّل الحساب: ${email}` }).click();
  await expect(row).toContainText("معطّل منذ");
  await readerPage.goto("/admin/tokens");
  await expect(readerPage).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Ftokens$/);
  await other.close();
});

test("the last active admin cannot demote themselves", async ({ page }) => {
  // The demo admin is the only active admin here: the account promoted above was disabled.
  const admin = demoAccount("admin");
  await signIn(page, admin, "/admin/users");
  const own = page.getByTestId("user-row").filter({ hasText: admin.email });
  await own.getByLabel(`دور ${admin.email}`).selectOption("editor");
  await own.getByRole("button", { name: "غيّر الدور" }).click();
  await expect(own.getByTestId("form-error")).toContainText("هذا آخر مدير فعّال");
  await page.reload();
  await expect(page.getByTestId("user-row").filter({ hasText: admin.email }).getByLabel(`دور ${admin.email}`)).toHaveValue("admin");
});

test("API tokens: the secret is shown once and acts within its scopes until revoked", async ({ page, request }) => {
  await signIn(page, demoAccount("admin"), "/admin/tokens");
  await expectAccessible(page);
  const shownSecret = page.getByTestId("token-secret").locator("code").first();
  const createToken = async (name: string, scopes: string[], previous?: string) => {
    await page.getByLabel("الاسم", { exact: true }).fill(name);
    for (const scope of scopes) await page.getByRole("group", { name: "المجالات" }).getByLabel(scope).check();
    await page.getByRole("button", { name: "أنشئ المفتاح" }).click();
    await expect(shownSecret).toHaveText(/^isnad_/);
    if (previous) await expect(shownSecret).not.toHaveText(previous);
    return (await shownSecret.innerText()).trim();
  };
  const writeName = `كتابة ${Date.now()}`;
  const writeSecret = await createToken(writeName, ["الادعاءات والقصص والوسوم: كتابة"]);
  const readSecret = await createToken(`مصادر ${Date.now()}`, ["المصادر: كتابة"], writeSecret);
  // The form is blank again once a token is made: the next one does not inherit its scopes.
  await expect(page.getByRole("group", { name: "المجالات" }).getByRole("checkbox", { checked: true })).toHaveCount(0);

  // A claims token passes authorization (the empty body then fails validation); a sources token may not link claims.
  const link = (secret?: string) =>
    request.post("/api/v1/claims/00000000-0000-4000-8000-000000000000/links", {
      headers: { "content-type": "application/json", ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      data: {},
    });
  expect((await link(writeSecret)).status()).toBe(422);
  expect((await link(readSecret)).status()).toBe(403);
  expect((await link()).status()).toBe(401);

  // The list never shows a secret again, shows when a token was last used, and revokes.
  await page.reload();
  await expect(page.getByText(writeSecret)).toHaveCount(0);
  const row = page.getByTestId("token-row").filter({ hasText: writeSecret.slice(0, 12) });
  await expect(row).toContainText("الادعاءات والقصص والوسوم: كتابة");
  await expect(row).not.toContainText("لم يُستعمل");
  // Revoking asks first, its safe answer focused; "No" keeps the token working.
  const revoke = row.getByRole("button", { name: /^ألغِ المفتاح/ });
  await revoke.click();
  await expect(row.getByRole("group", { name: /أتلغيه؟$/ })).toContainText(writeName);
  await expect(row.getByRole("button", { name: "لا، أبقِه" })).toBeFocused();
  await row.getByRole("button", { name: "لا، أبقِه" }).click();
  await expect(revoke).toBeFocused();
  await expect(row.getByTestId("token-state")).toHaveText("فعّال");
  expect((await link(writeSecret)).status()).toBe(422);
  await revoke.click();
  await row.getByRole("button", { name: "نعم، ألغِه" }).click();
  await expect(row.getByTestId("token-state")).toHaveText("ملغى");
  expect((await link(writeSecret)).status()).toBe(401);

  // The audit log names what changed as the page does, not by the database's field name.
  await page.goto("/admin/audit?entityType=apiToken");
  const revoked = page.getByTestId("audit-row").filter({ hasText: writeName }).first();
  await expect(revoked.getByTestId("audit-action")).toHaveText("إلغاء");
  await expect(revoked).toContainText("تغيّر: الحالة");
});

test("on a phone the admin's tables are cards: every cell under its column's name, nothing off-screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, demoAccount("admin"), "/admin/tokens");
  await page.getByLabel("الاسم", { exact: true }).fill(`هاتف ${Date.now()}`);
  await page.getByRole("button", { name: "أنشئ المفتاح" }).click();
  await expect(page.getByTestId("token-secret")).toBeVisible();

  for (const { path, row, column, control } of [
    { path: "/admin/users", row: "user-row", column: "الحالة", control: page.getByRole("button", { name: /^عطّل الحساب/ }) },
    { path: "/admin/tokens", row: "token-row", column: "الحالة", control: page.getByRole("button", { name: /^ألغِ المفتاح/ }) },
    { path: "/admin/audit", row: "audit-row", column: "السجل", control: page.getByText("قبل وبعد") },
  ]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const card = page.getByTestId(row).filter({ has: control }).first();
    await expect(card.getByText(column, { exact: true })).toBeVisible();
    const box = (await card.locator(control).first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  }
});
