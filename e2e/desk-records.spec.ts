import { expect, test } from "@playwright/test";

test("the worked example's Bloomberg page counts the denied report it carried", async ({ page, request }) => {
  const { trackRecord } = await (await request.get("/api/v1/sources/bloomberg")).json();
  expect(trackRecord).toMatchObject({ claimsMade: 0, claimsCarried: 1, claimsDenied: 1 });
  await page.goto("/sources/bloomberg");
  await expect(page.getByTestId("track-claimsDenied")).toContainText("ادعاءات صرّح بها أو نقلها ثم نُفيت");
  await expect(page.getByTestId("track-claimsDenied").locator("dd")).toHaveText("1");
});
