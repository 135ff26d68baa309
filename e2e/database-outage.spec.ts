import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoAccount, signIn } from "./fixtures";

const DB_PORT = Number(process.env.ISNAD_E2E_PORT ?? 3100) + 20_000;

/**
 * Stops the run's embedded PostgreSQL (a fast shutdown, as a crash or an
 * operator would) and holds its port, so `npm start`'s restarts fail until
 * the test lets go: the outage lasts exactly as long as the test wants.
 */
async function stopDatabase(): Promise<{ end: () => Promise<void> }> {
  const pidFile = path.join(process.env.ISNAD_E2E_DATA_DIR!, "pg", "postmaster.pid");
  process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGINT");
  for (let attempt = 0; ; attempt++) {
    const holder = net.createServer((socket) => socket.destroy());
    const listening = await new Promise<boolean>((resolve) => {
      holder.once("error", () => resolve(false));
      holder.listen(DB_PORT, "127.0.0.1", () => resolve(true));
    });
    if (listening) return { end: () => new Promise((resolve) => holder.close(() => resolve())) };
    if (attempt > 500) throw new Error(`port ${DB_PORT} stayed taken after PostgreSQL was stopped`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test("a database outage: honest 503s with Retry-After, a health check naming the database, one branded page, and the desk keeps what was typed", async ({ page, request }) => {
  test.setTimeout(180_000);
  const claimText = page.getByLabel("نص الادعاء بلغته الأصلية");
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await claimText.fill("كُتب قبل انقطاع قاعدة البيانات");
  await page.waitForTimeout(800); // the autosave's pause

  const outage = await stopDatabase();
  try {
    await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 20_000 }).toBe(503);
    const health = await request.get("/api/health");
    expect(await health.json()).toMatchObject({ status: "error", dependencies: { database: { status: "down" } } });

    for (const [language, words] of [["en", /database cannot be reached/], ["ar", /قاعدة البيانات/]] as const) {
      const api = await request.get("/api/v1/claims", { headers: { "accept-language": language } });
      expect(api.status(), language).toBe(503);
      expect(Number(api.headers()["retry-after"]), language).toBeGreaterThan(0);
      const { error } = (await api.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("error.databaseDown");
      expect(error.message).toMatch(words);
    }

    const home = await request.get("/");
    expect(home.status()).toBe(503);
    expect(Number(home.headers()["retry-after"])).toBeGreaterThan(0);
    expect(home.headers()["content-security-policy"]).toContain("default-src 'self'");
    // The id its log lines carry, for a reader to quote.
    expect(home.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const homePage = await home.text();
    expect(homePage).toContain("إسناد غير متاح مؤقتًا");
    expect(homePage).toContain("Isnad is unavailable for a moment");

    // Saving now cannot work; what was typed must not be lost.
    await page.getByRole("button", { name: /^(احفظ|حفظ)/ }).first().click();
    await page.reload();
    await expect(page.getByText("Isnad is unavailable for a moment")).toBeVisible();
  } finally {
    await outage.end();
  }

  // npm start restarts its PostgreSQL once the port is free again.
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 60_000 }).toBe(200);
  await page.goto("/editor/claims/new");
  await expect(claimText).toHaveValue("كُتب قبل انقطاع قاعدة البيانات");
  await expect(page.getByText("استعدنا ما كتبته ولم يُحفظ بعد.")).toBeVisible();
});
