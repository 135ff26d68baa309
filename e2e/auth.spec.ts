import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

test("sign-in is Arabic and right to left, English when the interface is, and accessible", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الدخول");
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByLabel("Email")).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
});

test("an unknown email and a wrong password get the same answer; repeated failures are throttled with a time to retry", async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("البريد الإلكتروني").fill(email);
    await page.getByLabel("كلمة المرور").fill(password);
    await page.getByRole("button", { name: "دخول" }).click();
    // The form's own alert (Next adds an empty one that announces route changes).
    const alert = page.locator("form").getByRole("alert");
    await expect(page.getByRole("button", { name: "دخول" })).toBeEnabled();
    return alert;
  };
  const invalid = "البريد الإلكتروني أو كلمة المرور غير صحيحين.";
  await page.goto("/signin");
  await expect(await attempt(`nobody-${Date.now()}@example.org`, "whatever-password")).toHaveText(invalid);
  await expect(await attempt(demoAccount("editor").email, "wrong-password")).toHaveText(invalid);

  // Three failures for one account from one address, then each try waits a little longer.
  const target = `throttled-${Date.now()}@example.org`;
  for (let i = 0; i < 3; i++) await expect(await attempt(target, `wrong-${i}`)).toHaveText(invalid);
  await expect(await attempt(target, "anything")).toHaveText(/محاولات كثيرة. حاول مجددًا بعد [12] ثانية./);
});

/** What the desk answers a browser that carries only this copy of a session cookie. */
async function deskWithCopiedCookie(browser: Browser, cookie: Cookie) {
  const thief = await browser.newContext();
  await thief.addCookies([cookie]);
  const response = await thief.request.get("/editor/claims/new", { maxRedirects: 0 });
  await thief.close();
  return response.status() === 200 ? "desk" : `${response.status()} ${response.headers().location ?? ""}`;
}

test("the session cookie is httpOnly and SameSite, and the sign-out page ends it, a copy of it too", async ({ page, context, browser }) => {
  await signIn(page, demoAccount("editor"), "/");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Someone copies the cookie (a shared computer, a stolen laptop): it works until the owner signs out.
  expect(await deskWithCopiedCookie(browser, session!)).toBe("desk");
  // The browser is remembered for the account, so guesses from elsewhere cannot lock its owner out of it.
  const device = (await context.cookies()).find((cookie) => cookie.name.endsWith("isnad-device"));
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/auth" });
  // next-auth's sign-out address shows the app's own page, not next-auth's English one.
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/signout$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الخروج");
  await expectAccessible(page);
  await page.getByRole("main").getByRole("button", { name: "تسجيل الخروج" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "تسجيل الدخول" })).toBeVisible();
  expect((await context.cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(false);
  // Signing out ended the session on the server: the copy is nobody now, on the desk and on the API.
  expect(await deskWithCopiedCookie(browser, session!)).toMatch(/^307 .*\/signin\?callbackUrl=/);
});

test("an admin ends an editor's sessions: the editor's browser is signed out on its next request, and can sign in again", async ({ browser, page }) => {
  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, demoAccount("editor"), "/editor/claims/new");
  const session = (await editor.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;

  await signIn(page, demoAccount("admin"), "/admin/users");
  const row = page.getByTestId("user-row").filter({ hasText: demoAccount("editor").email });
  await row.getByRole("button", { name: `أنهِ جلساته: ${demoAccount("editor").email}` }).click();
  await expect(row.getByTestId("form-success")).toHaveText("خرج الحساب من كل أجهزته؛ يستطيع الدخول مجددًا بكلمة مروره.");

  await editorPage.reload();
  await expect(editorPage).toHaveURL(/\/signin\?callbackUrl=%2Feditor%2Fclaims%2Fnew$/);
  expect(await deskWithCopiedCookie(browser, session)).toMatch(/^307 /);
  await signIn(editorPage, demoAccount("editor"), "/editor/claims/new");
  await expect(editorPage.getByRole("link", { name: "تسجيل الخروج" })).toBeVisible();
  await editor.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** Fills and posts the form as the editor; the password never reaches the address. */
  async function submitForm(page: Page) {
    const account = demoAccount("editor");
    await page.getByLabel("البريد الإلكتروني").fill(account.email);
    await page.getByLabel("كلمة المرور").fill(account.password);
    // The address the form sends to, not only the page it ends on: a form sent by GET would carry the
    // password in the first, and next-auth's redirect would leave it out of the second.
    const [submitted] = await Promise.all([
      page.waitForRequest((request) => new URL(request.url()).pathname === "/api/auth/callback/credentials"),
      page.getByRole("button", { name: "دخول" }).click(),
    ]);
    await page.waitForLoadState();
    for (const address of [submitted.url(), page.url()]) {
      expect(address).not.toContain(encodeURIComponent(account.password));
      expect(address).not.toContain("password=");
    }
  }

  test("the form posts, so the password never reaches the address, and signs in at the first try", async ({ page }) => {
    // The way to the form goes through next-auth, which sets its CSRF cookie.
    await page.goto("/editor/claims/new");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Feditor%2Fclaims%2Fnew$/);
    await submitForm(page);
    await expect(page).toHaveURL(/\/editor\/claims\/new$/);
    await expect(page.getByRole("link", { name: "تسجيل الخروج" })).toBeVisible();
  });

  test("opened directly on a first visit, the form asks for one more try, then signs in", async ({ page }) => {
    await page.goto("/signin");
    await submitForm(page);
    // No CSRF cookie yet (a page cannot set one): next-auth refuses that post, sets the cookie and
    // sends the reader back to the form, which says to try again.
    await expect(page).toHaveURL(/\/signin\?error=csrf$/);
    await expect(page.locator("form").getByRole("alert")).toHaveText("تعذّر تسجيل الدخول. حاول مجددًا.");
    await submitForm(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "تسجيل الخروج" })).toBeVisible();
  });
});

test("next-auth's own addresses land on the app's Arabic sign-in page", async ({ page }) => {
  for (const path of ["/api/auth/verify-request", "/api/auth/callback/credentials", "/api/auth/error", "/api/auth/signin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin(\?|$)/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الدخول");
  }
});

test("the sign-in form says why next-auth sent the reader back", async ({ page }) => {
  const alert = page.locator("form").getByRole("alert");
  await page.goto("/signin?error=throttled:15");
  await expect(alert).toHaveText("محاولات كثيرة. حاول مجددًا بعد 15 دقيقة.");
  await page.goto("/signin?error=throttled:4s");
  await expect(alert).toHaveText("محاولات كثيرة. حاول مجددًا بعد 4 ثانية.");
  await page.goto("/signin?error=CredentialsSignin");
  await expect(alert).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
  await page.goto("/signin?error=Configuration");
  await expect(alert).toHaveText("تعذّر تسجيل الدخول. حاول مجددًا.");
  await page.goto("/signin");
  await expect(alert).toHaveCount(0);
});

test("an admin page tells an anonymous visitor nothing about the source it shows", async ({ request }) => {
  const { source } = await (await request.get("/api/v1/sources/dmitry-peskov")).json();
  const response = await request.get(`/admin/sources/${source.id}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/signin\?callbackUrl=/);
  expect(await response.text()).not.toContain(source.name);
});
