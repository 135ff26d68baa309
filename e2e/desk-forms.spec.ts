import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccount, signIn } from "./fixtures";

async function pickSource(picker: Locator, typed: string, option: string) {
  await picker.fill(typed);
  await picker.page().getByRole("option", { name: new RegExp(option) }).first().click();
}

const claimantPicker = (page: Page) => page.getByLabel("صاحب الادعاء", { exact: true });

test("after a refused save the chain's selects show the chain the form will send", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await pickSource(claimantPicker(page), "رويترز", "رويترز");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill("ادعاء بسلسلة من ثلاث حلقات");
  for (const [typed, name] of [["مقربان", "شخصان مقربان من الكرملين"], ["بلومبرج", "بلومبرج"], ["رويترز", "رويترز"]]) {
    await page.getByRole("button", { name: "أضف ظهورًا" }).click();
    await pickSource(page.getByTestId("appearance-row").last().getByLabel(/^الناقل/), typed!, name!);
  }
  const via = page.getByTestId("appearance-row").getByLabel("نقلًا عن");
  const chain = ["مصدر أصلي", "شخصان مقربان من الكرملين", "بلومبرج"];
  const shown = () => via.evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent));
  expect(await shown()).toEqual(chain);

  // No date: the save is refused, and the form still shows what it holds (and will send).
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("error-saidAt")).toBeVisible();
  expect(await shown()).toEqual(chain);
  await expect(page.getByTestId("chain-preview")).toHaveText("رويترز ← بلومبرج ← شخصان مقربان من الكرملين");
  await page.getByLabel("متى قيل").fill("2024-02-01");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=created/);
  expect(await shown()).toEqual(chain);
});

test("a new source is proposed from the picker while it still has focus, once its kind is chosen", async ({ page }) => {
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  const name = `وكالة جديدة ${Date.now()}`;
  await claimantPicker(page).fill(name);
  await expect(page.getByRole("status").filter({ hasText: "لا مصدر بهذا الاسم." })).toBeVisible();
  const propose = page.getByTestId("propose-source");
  const button = propose.getByRole("button", { name: `اقترح «${name}» مصدرًا جديدًا` });
  await expect(button).toBeVisible();
  await expect(claimantPicker(page)).toBeFocused();
  // Nothing is clicked over it: the button is what receives a click at its own centre.
  expect(await button.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === element;
  })).toBe(true);

  await expect(propose.getByLabel("نوعه")).toHaveValue("");
  await button.click();
  await expect(propose.getByRole("alert")).toContainText("اختر نوع المصدر");
  await propose.getByLabel("نوعه").selectOption("agency");
  await button.click();
  await expect(page.getByTestId("field-claimantId-picked")).toContainText(name);
});

test("the duplicate check works on a 100 kB text: it is posted, and the warning appears", async ({ page }) => {
  const words = Array.from({ length: 1500 }, (_, index) => `بيان رقم ${index} عن مفاوضات الهدنة`).join(" ");
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await pickSource(claimantPicker(page), "رويترز", "رويترز");
  await page.getByLabel("متى قيل").fill("2024-02-02");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill(words.slice(0, 19_000));
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=created/);

  await page.goto("/editor/claims/new");
  const long = `${words} ${words} ${"و".repeat(10)} ${words}`.slice(0, 100_000);
  expect(long.length).toBe(100_000);
  const lookups: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/editor/lookup/claims")) lookups.push(request.method());
  });
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill(long);
  await expect(page.getByTestId("similar-claims")).toContainText("بيان رقم 0 عن مفاوضات الهدنة");
  expect(lookups).toContain("POST");
});

test("long words and addresses wrap: a claim's public and desk pages fit a 390 px phone", async ({ page }) => {
  const unspaced = "ا".repeat(40) + "x".repeat(260);
  const address = `https://kuwait.example/${"very-long-path-segment-".repeat(12)}end`;
  await signIn(page, demoAccount("editor"), "/editor/claims/new");
  await pickSource(claimantPicker(page), "رويترز", "رويترز");
  await page.getByLabel("متى قيل").fill("2024-02-03");
  await page.getByLabel("نص الادعاء بلغته الأصلية").fill(`ادعاء فيه كلمة بلا مسافات ${unspaced} ورابط ${address}`);
  await page.getByRole("button", { name: "أضف ظهورًا" }).click();
  await pickSource(page.getByTestId("appearance-row").getByLabel(/^الناقل/), "كويت", "كويت نيوز");
  await page.getByTestId("appearance-row").getByLabel("الرابط").fill(address);
  await page.getByLabel("الحالة").selectOption("published");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/saved=created/);
  const claimId = page.url().match(/claims\/([0-9a-f-]{36})/)![1]!;

  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of [`/claims/${claimId}`, `/editor/claims/${claimId}`, `/editor/claims/${claimId}/history`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
