import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import createClient from "openapi-fetch";
import { z } from "zod";
import type { paths } from "@/lib/api/generated/openapi-types";
import { sourceListResponse } from "@/lib/api/response-schemas";
import { CACHE_STATUS_HEADER, PUBLIC_CACHE_CONTROL } from "@/lib/http/public-page-cache";
import { demoAccount, ORIGIN, signIn } from "./fixtures";

/**
 * Public pages come from each instance's page cache (lib/http/public-pages.ts),
 * and stay correct across instances: a second production server on the same
 * database, started here, shows a write made through the first as soon as it
 * hears the commit, and never a draft.
 */
const e2ePort = Number(process.env.ISNAD_E2E_PORT ?? 3100);
const secondPort = e2ePort + 1;
const SECOND = `http://localhost:${secondPort}`;
let second: ChildProcess;

test.beforeAll(async () => {
  const dataDir = process.env.ISNAD_E2E_DATA_DIR!;
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { databasePassword: string; authSecret: string };
  second = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(secondPort),
      HOST: "127.0.0.1",
      DATABASE_URL: `postgresql://isnad:${encodeURIComponent(secrets.databasePassword)}@127.0.0.1:${e2ePort + 20_000}/isnad`,
      NEXTAUTH_URL: SECOND,
      NEXTAUTH_SECRET: secrets.authSecret,
      ISNAD_WEBHOOK_WORKER: "off",
    },
  });
  for (let attempt = 0; ; attempt++) {
    const healthy = await fetch(`${SECOND}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (attempt > 600 || second.exitCode !== null) throw new Error("the second instance did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

test.afterAll(async () => {
  if (second?.exitCode === null) {
    const exited = new Promise((resolve) => second.once("exit", resolve));
    second.kill("SIGTERM");
    await exited;
  }
});

/** Asks until the page is in the instance's cache, so the next answer after a write shows what the write did to it. */
async function cached(origin: string, pathAndQuery: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(`${origin}${pathAndQuery}`);
    if (response.headers.get(CACHE_STATUS_HEADER) === "hit") return response.text();
  }
  throw new Error(`${pathAndQuery} never came from ${origin}'s cache`);
}

const written = z.object({ id: z.uuid(), version: z.int() });

/**
 * The other instance's answer, asked until it has what the write did: an
 * instance empties its cache when its LISTEN connection hears the commit,
 * milliseconds after it on an idle machine; the wait bounds how late that may
 * be on a loaded one (docs/performance.md, "what is left").
 */
async function eventually(origin: string, pathAndQuery: string, check: (answer: { status: number; body: string }) => boolean) {
  let last = { status: 0, body: "" };
  await expect
    .poll(async () => {
      const response = await fetch(`${origin}${pathAndQuery}`);
      last = { status: response.status, body: await response.text() };
      return check(last);
    }, { timeout: 2_000, intervals: [0, 50, 100, 250] })
    .toBe(true);
  return last;
}

test("a write through one instance shows on the other on the next request; a draft never shows", async ({ page }) => {
  await signIn(page, demoAccount("admin"), "/admin/tokens");
  await page.getByLabel("الاسم", { exact: true }).fill(`ذاكرة الصفحات ${Date.now()}`);
  await page.getByRole("group", { name: "المجالات" }).getByLabel("الادعاءات والقصص والوسوم: كتابة").check();
  await page.getByRole("button", { name: "أنشئ المفتاح" }).click();
  const secret = (await page.getByTestId("token-secret").locator("code").first().innerText()).trim();
  const first = createClient<paths>({ baseUrl: ORIGIN, headers: { authorization: `Bearer ${secret}` } });
  const sources = sourceListResponse.parse((await first.GET("/api/v1/sources", { params: { query: { q: "رويترز" } } })).data);
  const reuters = sources.sources.find((source) => source.name === "رويترز")!;

  // A word no other claim has, for the search page.
  const word = `ذاكرة${[...String(Date.now())].map((digit) => "ابتثجحخدذر"[Number(digit)]).join("")}`;
  const publishedText = `ادعاء منشور عبر النسخة الأولى ${word}`;
  const draftText = `مسودة لا تظهر للقراء ${word}`;
  const searchPath = `/search?q=${encodeURIComponent(word)}`;
  for (const origin of [ORIGIN, SECOND]) {
    expect(await cached(origin, "/"), origin).not.toContain(publishedText);
    await cached(origin, searchPath);
  }

  // A draft is a write too: every cache empties, and the pages render again without it.
  const draft = await first.POST("/api/v1/claims", { body: { claimantId: reuters.id, saidAt: "2025-03-02", saidAtPrecision: "day", text: draftText, status: "draft" } });
  expect(draft.response.status).toBe(201);
  for (const origin of [SECOND, ORIGIN]) {
    for (const pathAndQuery of ["/", searchPath]) {
      // Rendered again after the draft's write (the cache emptied), and still without it.
      await expect.poll(async () => (await fetch(`${origin}${pathAndQuery}`)).headers.get(CACHE_STATUS_HEADER), { timeout: 2_000 }).toBe("hit");
      expect(await (await fetch(`${origin}${pathAndQuery}`)).text()).not.toContain(draftText);
    }
  }
  const draftPage = await fetch(`${SECOND}/claims/${written.parse(draft.data).id}`);
  expect(draftPage.status).toBe(404);

  // Published through the first instance: the second's next answer has it.
  await cached(SECOND, "/");
  const created = await first.POST("/api/v1/claims", { body: { claimantId: reuters.id, saidAt: "2025-03-01", saidAtPrecision: "day", text: publishedText, status: "published" } });
  expect(created.response.status).toBe(201);
  const claim = written.parse(created.data);
  await eventually(SECOND, "/", ({ body }) => body.includes(publishedText));
  // (The search page marks the word it found, so it is the claim's address that is looked for.)
  expect(await (await fetch(`${SECOND}${searchPath}`)).text()).toContain(`/claims/${claim.id}`);

  // An edit and taking the claim off the site, each seen on the second instance's next request.
  const claimPath = `/claims/${claim.id}`;
  expect(await cached(SECOND, claimPath)).toContain(publishedText);
  const editedText = `${publishedText} بعد التعديل`;
  const edited = await first.PATCH("/api/v1/claims/{id}", {
    params: { path: { id: claim.id } },
    body: { claimantId: reuters.id, saidAt: "2025-03-01", saidAtPrecision: "day", status: "published", text: editedText, version: claim.version, correction: { kind: "update", note: "عُدّل النص" } },
  });
  expect(edited.response.status).toBe(200);
  await eventually(SECOND, claimPath, ({ body }) => body.includes(editedText));
  await cached(SECOND, claimPath);
  const unpublished = await first.POST("/api/v1/claims/{id}/status", { params: { path: { id: claim.id } }, body: { version: written.parse(edited.data).version, status: "draft" } });
  expect(unpublished.response.status).toBe(200);
  await eventually(SECOND, claimPath, ({ status }) => status === 404);
});

test("public answers carry a CDN's Cache-Control and an ETag that answers 304; desk and signed-in answers are no-store", async ({ page }) => {
  await cached(ORIGIN, "/");
  const home = await fetch(`${ORIGIN}/`);
  expect(home.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
  expect(home.headers.get("vary")).toContain("Cookie");
  const etag = home.headers.get("etag")!;
  const revalidated = await fetch(`${ORIGIN}/`, { headers: { "if-none-match": etag } });
  expect(revalidated.status).toBe(304);
  const feed = await fetch(`${ORIGIN}/feed.xml`);
  expect(feed.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);

  await signIn(page, demoAccount("editor"), "/");
  for (const pathAndQuery of ["/", "/editor"]) {
    const response = await page.request.get(pathAndQuery);
    expect(response.status(), pathAndQuery).toBe(200);
    expect(response.headers()["cache-control"], pathAndQuery).toContain("no-store");
    expect(response.headers()[CACHE_STATUS_HEADER], pathAndQuery).toBeUndefined();
  }
});

test("a reader's page loads no JavaScript and prefetches nothing; links and forms still work", async ({ page }) => {
  const scripts: string[] = [];
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
    if (request.headers()["next-router-prefetch"] || request.headers().rsc) prefetches.push(request.url());
  });
  for (const pathAndQuery of ["/", "/stories/kremlin-denies-bloomberg-putin-report", "/search?q=%D8%A7%D9%84%D9%83%D8%B1%D9%85%D9%84%D9%8A%D9%86"]) {
    await page.goto(pathAndQuery);
    await page.waitForLoadState("networkidle");
  }
  expect(scripts).toEqual([]);
  expect(prefetches).toEqual([]);
  // Plain links and plain forms: a story from the home page, then the language switch.
  await page.goto("/");
  await page.getByTestId("story-item").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/stories\//);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
