import { expect, test } from "@playwright/test";
import { DEMO_STORY_PATH, expectAccessible } from "./fixtures";

test("the home page is Arabic, right to left, and lists the demo story", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const story = page.getByTestId("story-item").filter({ hasText: "الكرملين ينفي تقرير بلومبرج" });
  await expect(story).toBeVisible();
  // Right to left: the story title starts at the right edge of its card.
  const box = (await story.boundingBox())!;
  const title = (await story.getByRole("link").boundingBox())!;
  expect(box.x + box.width - (title.x + title.width)).toBeLessThan(40);
  await expectAccessible(page);
});

test("the worked example's timeline shows the claim, then the denial attached to it", async ({ page }) => {
  await page.goto(DEMO_STORY_PATH);
  const events = page.getByTestId("timeline-event");
  await expect(events).toHaveCount(2);

  const report = events.nth(0);
  await expect(report.getByTestId("claim-card").first()).toContainText("شخصان مقربان من الكرملين");
  await expect(report.getByTestId("attribution-chain").first()).toHaveText("كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين");

  const denial = report.getByTestId("answer-denies");
  await expect(denial).toContainText("دميتري بيسكوف");
  await expect(denial).toContainText("لا، هذا تقرير خاطئ");
  await expect(denial).toContainText("نُفي في اليوم نفسه");

  const followUp = events.nth(1);
  await expect(followUp).toContainText("الرياض");
  await expect(followUp).toContainText("بعد عام");

  // Oldest first: the report sits above its follow-up a year later.
  const [first, second] = [await report.boundingBox(), await followUp.boundingBox()];
  expect(first!.y).toBeLessThan(second!.y);
  await expectAccessible(page);
});

test("health answers ok when the database does", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", dependencies: { database: { status: "up" } } });
});

test("security headers are set", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
