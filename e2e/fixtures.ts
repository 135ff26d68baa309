import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_STORY_PATH = "/stories/kremlin-denies-bloomberg-putin-report";

/** The app's origin in this run, as playwright.config.ts sets baseURL. */
export const ORIGIN = `http://localhost:${Number(process.env.ISNAD_E2E_PORT ?? 3100)}`;

/** The demo accounts `npm start` generated for this run's data folder. */
export function demoAccount(role: "editor" | "admin"): { email: string; password: string } {
  const file = path.join(process.env.ISNAD_E2E_DATA_DIR!, "demo-accounts.json");
  const accounts = JSON.parse(readFileSync(file, "utf8")) as { email: string; role: string; password: string }[];
  const account = accounts.find((entry) => entry.role === role);
  if (!account) throw new Error(`no demo ${role} in ${file}`);
  return account;
}

export async function signIn(page: Page, account: { email: string; password: string }, returnTo = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(/البريد الإلكتروني|Email/).fill(account.email);
  await page.getByLabel(/كلمة المرور|Password/).fill(account.password);
  await page.getByRole("button", { name: /^(دخول|Sign in)$/ }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0]);
}

/** Picks a source in a source picker by typing part of (or a variant of) its name. */
export async function pickSource(picker: Locator, typed: string, option: string) {
  await picker.fill(typed);
  await picker.page().getByRole("option", { name: new RegExp(option) }).first().click();
}

/** No WCAG 2 A/AA violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
