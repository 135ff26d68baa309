import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

test("an admin downloads the whole newsroom with progress, and editors may not", async ({ page, request }) => {
  await signIn(page, demoAccount("admin"), "/admin/export");
  await expect(page.getByRole("heading", { level: 1, name: "تصدير غرفة الأخبار" })).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "تنزيل: الأرشيف الكامل" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^isnad-archive-\d{4}-\d{2}-\d{2}\.jsonl$/);
  await expect(page.getByText(/^اكتمل التنزيل: [\d٠-٩٬,]+ سطر\.$/)).toBeVisible();

  // The file is a complete archive: header first, the demo story's claims inside, the manifest last.
  const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\n");
  expect(JSON.parse(lines[0]!)).toMatchObject({ format: "isnad-archive", version: 1 });
  expect(lines.some((line) => line.includes("هذا تقرير خاطئ"))).toBe(true);
  expect(JSON.parse(lines.at(-1)!).manifest.tables.length).toBeGreaterThan(10);
  expect(lines.join("\n")).not.toContain("$argon2");

  const csv = await page.request.get("/admin/export/sources.csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("بلومبرغ");

  // Not for editors, nor for anybody signed out.
  expect((await request.get("/admin/export/archive.jsonl")).status()).toBe(401);
  await page.context().clearCookies();
  await signIn(page, demoAccount("editor"), "/");
  expect((await page.request.get("/admin/export/archive.jsonl")).status()).toBe(403);
});
