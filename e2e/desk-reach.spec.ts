import { expect, test, type Locator } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./fixtures";
import { withE2eDatabase } from "./reader-db";

/** The worked example's story, which the demo data made first: with the stories below, the oldest on the desk. */
const DEMO_STORY = "الكرملين ينفي تقرير بلومبرج عن جسّ بوتين نبض واشنطن";
const NEWER_STORIES = 160;

async function pickSource(picker: Locator, typed: string, option: string) {
  await picker.fill(typed);
  await picker.page().getByRole("option", { name: new RegExp(option) }).first().click();
}

test.beforeAll(async () => {
  // A desk with more stories than any page or picker list shows, all edited after the worked example's
  // (and before anything the other specs create, which stays on the first page).
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "Story" (id, slug, title, status, "updatedAt")
       SELECT gen_random_uuid(), 'reach-' || n, 'قصة لاحقة رقم ' || n, 'draft', demo."updatedAt" + (n || ' milliseconds')::interval
       FROM generate_series(1, $1::int) AS n, (SELECT "updatedAt" FROM "Story" WHERE slug = 'kremlin-denies-bloomberg-putin-report') AS demo`,
      [NEWER_STORIES],
    ),
  );
});

test("a claim under the oldest of 160+ stories is filed from the story's own link, and the picker finds any story by typing", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/stories");
  // Page by page to the last one, where the worked example's story is.
  const next = page.getByRole("navigation", { name: "الصفحات" }).getByRole("link", { name: "التالي" });
  while (await next.count()) {
    const href = (await next.getAttribute("href"))!;
    await next.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
  }
  const story = page.getByTestId("editor-story").filter({ hasText: DEMO_STORY });
  await expect(story).toHaveCount(1);
  await story.getByRole("link", { name: "ادعاء جديد" }).click();
  await page.waitForURL(/\/editor\/claims\/new\?story=/);
  await expect(page.getByTestId("picked-stories")).toHaveText(new RegExp(DEMO_STORY));

  // Filed under a second story, found by part of its title though it is on no first page.
  const picker = page.getByLabel("القصص", { exact: true });
  await picker.fill("لاحقة رقم 100");
  await page.getByRole("option", { name: "قصة لاحقة رقم 100", exact: true }).click();
  await expect(page.getByTestId("picked-stories").getByRole("listitem")).toHaveCount(2);
  await expectAccessible(page);

  await pickSource(page.getByLabel("صاحب الادعاء", { exact: true }), "بيسكوف", "دميتري بيسكوف");
  await page.getByLabel("متى قيل").fill("2024-01-27");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("تعليق لاحق على تقرير بلومبرج");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=created/);
  await expect(page.getByTestId("picked-stories")).toContainText(DEMO_STORY);
  await expect(page.getByTestId("picked-stories")).toContainText("قصة لاحقة رقم 100");
});
