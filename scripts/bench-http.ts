/**
 * `npm run bench:http -- [1k|50k|1m] [--label before] [--seconds 8] [--connections 20]`:
 * the production server (scripts/serve.ts, the current `next build`) on the
 * generated archive of that size (scripts/bench-data.ts), driven by autocannon.
 * Each public route is followed by a static file of the same bytes served by
 * the same server (public/bench/, written before it starts), so the ratio
 * between the two is what the route costs over the machine's ceiling, measured
 * in the same minute. Prints req/s, p50/p95/p99, the ratio, a page's render
 * time when it is not in the page cache (the first reader after a change), the server's RSS,
 * the page's gzipped JavaScript and the prefetches a browser fires on one view,
 * and writes ISNAD_BENCH_DIR/http-<size>[-label].json.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { chromium } from "@playwright/test";
import { BENCH_QUERIES, rareWords } from "@/lib/bench/arabic-text";
import { benchDir, isBenchSize, openBenchDatabase } from "@/lib/bench/bench-database";
import { PUBLIC_CHANGE_CHANNEL } from "@/lib/db/public-changes";
import { DEMO_STORY_SLUG } from "@/lib/demo/seed-demo";
import { claimPath, sourcePath, storyPath, tagPath } from "@/lib/reader/paths";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = args.find((arg) => isBenchSize(arg)) ?? "1k";
if (!isBenchSize(size)) throw new Error("unreachable");
const label = option("--label");
const seconds = Number(option("--seconds") ?? 8);
const connections = Number(option("--connections") ?? 20);
const port = Number(process.env.ISNAD_BENCH_HTTP_PORT ?? 3690);
const origin = `http://127.0.0.1:${port}`;
const staticDir = path.resolve("public", "bench");
// What a browser sends: the page compressed as a reader would get it.
const requestHeaders = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/json;q=0.9,*/*;q=0.8" };

type Route = { name: string; path: string };
type Load = { requestsPerSecond: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };
type RouteResult = Route & { bytes: number; renderMs: number; page: Load; static: Load; ratio: number; rssMb: number; jsGzipKb: number; scripts: number; prefetches: number };

async function routesOf(url: string): Promise<Route[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Plans swing on stale statistics: the bench always runs on a fresh ANALYZE.
    await client.query("ANALYZE");
    const one = async (sql: string) => (await client.query<{ value: string }>(sql)).rows[0]?.value;
    const claim = await one(`SELECT id::text AS value FROM "Claim" WHERE status = 'published' AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC NULLS LAST LIMIT 1`);
    const source = await one(
      `SELECT s.slug AS value FROM "Source" s JOIN "Appearance" a ON a."sourceId" = s.id WHERE s.status = 'active' AND s."deletedAt" IS NULL
       GROUP BY s.slug ORDER BY count(*) DESC LIMIT 1`,
    );
    const tag = await one(`SELECT t.slug AS value FROM "Tag" t JOIN "ClaimTag" ct ON ct."tagId" = t.id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`);
    const routes: Route[] = [
      { name: "home", path: "/" },
      { name: `story (${DEMO_STORY_SLUG}, 500 events)`, path: storyPath(DEMO_STORY_SLUG) },
      ...(claim ? [{ name: "claim", path: claimPath(claim) }] : []),
      ...(source ? [{ name: "source", path: sourcePath(source) }] : []),
      ...(tag ? [{ name: "tag", path: tagPath(tag) }] : []),
      { name: "search, rare word", path: `/search?q=${encodeURIComponent(rareWords(1)[0]!)}` },
      { name: "search, common word", path: `/search?q=${encodeURIComponent(BENCH_QUERIES.common[0])}` },
      { name: "/api/v1/search, common word", path: `/api/v1/search?q=${encodeURIComponent(BENCH_QUERIES.common[0])}` },
      { name: "feed", path: "/feed.xml" },
    ];
    return routes;
  } finally {
    await client.end();
  }
}

/** The route's body as served (uncompressed), to become its static twin. */
async function fetchBody(route: Route): Promise<Buffer> {
  // A busy machine can make a first render miss the pool's wait (a 503/500): a few tries.
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${origin}${route.path}`);
    if (response.ok) return Buffer.from(await response.arrayBuffer());
    if (attempt === 5) throw new Error(`${route.path} answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

const staticPath = (index: number) => `/bench/route-${index}.html`;

function startServer(databaseUrl: string): ChildProcess {
  const server = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "serve.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-bench-only-secret",
      ISNAD_WEBHOOK_WORKER: "off",
    },
  });
  return server;
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer at ${origin}`);
}

/**
 * Waits until the server has worked off what the last run left queued (a
 * slow page keeps rendering after autocannon stops): three small static
 * answers in a row under 50 ms, or a minute.
 */
async function settle() {
  const deadline = Date.now() + 60_000;
  for (let fast = 0; fast < 3 && Date.now() < deadline; ) {
    const started = performance.now();
    await fetch(`${origin}${staticPath(0)}`).then((response) => response.arrayBuffer());
    fast = performance.now() - started < 50 ? fast + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * What the first reader after a change waits: the median of three single
 * requests, each after a notification that empties the page cache (the one
 * a write's trigger sends).
 */
async function renderTime(route: Route, notifier: pg.Client): Promise<number> {
  const times: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    await notifier.query(`SELECT pg_notify('${PUBLIC_CHANGE_CHANNEL}', 'bench')`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await fetch(`${origin}${route.path}`, { headers: requestHeaders }).then((response) => response.arrayBuffer());
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/** Resident memory of the server process in MB (Linux /proc), sampled while the load runs. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function load(pathAndQuery: string, pid: number, duration = seconds): Promise<{ load: Load; peakRss: number }> {
  let peakRss = rssMb(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
  // Every answer's time, for exact percentiles (autocannon's summary has no p95).
  const times: number[] = [];
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon({ url: `${origin}${pathAndQuery}`, connections, duration, headers: requestHeaders, timeout: 30 }, (error, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
      );
      run.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
    });
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
    return {
      peakRss,
      load: { requestsPerSecond: result.requests.average, p50: at(0.5), p95: at(0.95), p99: at(0.99), non2xx: result.non2xx, errors: result.errors + result.timeouts },
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The JavaScript a browser downloads for the page (gzipped), and the prefetches it fires in the seconds after load. */
async function inBrowser(browser: Awaited<ReturnType<typeof chromium.launch>>, route: Route) {
  if (route.path.startsWith("/api/") || route.path.endsWith(".xml")) return { jsGzipKb: 0, scripts: 0, prefetches: 0 };
  const page = await browser.newPage();
  const scripts = new Map<string, number>();
  let prefetches = 0;
  const pending: Promise<void>[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || (headers.rsc && request.resourceType() === "fetch")) prefetches++;
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response.body().then(
        (body) => void scripts.set(response.url(), gzipSync(body).length),
        () => {},
      ),
    );
  });
  await page.goto(`${origin}${route.path}`, { waitUntil: "load", timeout: 120_000 });
  await page.waitForTimeout(3_000);
  await Promise.all(pending);
  // Inline scripts count too: the page's own bytes of JavaScript.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")].filter((s) => !(s as HTMLScriptElement).type.includes("json")).map((s) => s.textContent ?? "").join("\n"),
  );
  await page.close();
  const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) + gzipSync(inline).length;
  return { jsGzipKb: total / 1024, scripts: scripts.size, prefetches };
}

const browserPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function main() {
  const database = await openBenchDatabase(size);
  const routes = await routesOf(database.url);
  rmSync(staticDir, { recursive: true, force: true });
  mkdirSync(staticDir, { recursive: true });

  // First start: learn each route's bytes; second start: the static twins exist before the server lists public/.
  let server = startServer(database.url);
  const results: RouteResult[] = [];
  try {
    await waitForHealth();
    const bodies: Buffer[] = [];
    for (const route of routes) bodies.push(await fetchBody(route));
    bodies.forEach((body, index) => writeFileSync(path.join(staticDir, `route-${index}.html`), body));
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    server = startServer(database.url);
    await waitForHealth();
    for (let index = 0; index < routes.length; index++) {
      const check = await fetch(`${origin}${staticPath(index)}`);
      if (!check.ok) throw new Error(`the static twin ${staticPath(index)} answered ${check.status}`);
    }

    const notifier = new pg.Client({ connectionString: database.url });
    await notifier.connect();
    const browser = await chromium.launch({ executablePath: browserPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    try {
      for (const [index, route] of routes.entries()) {
        // One view in a browser first, on an idle server; then a warm-up (filled caches), the route, its static twin.
        const js = await inBrowser(browser, route);
        await load(route.path, server.pid!, 2);
        await settle();
        const page = await load(route.path, server.pid!);
        await settle();
        const twin = await load(staticPath(index), server.pid!);
        await settle();
        const renderMs = await renderTime(route, notifier);
        const result: RouteResult = {
          ...route,
          bytes: bodies[index]!.length,
          renderMs,
          page: page.load,
          static: twin.load,
          ratio: page.load.requestsPerSecond / twin.load.requestsPerSecond,
          rssMb: Math.max(page.peakRss, twin.peakRss),
          ...js,
        };
        results.push(result);
        console.log(
          `${route.name}: ${result.page.requestsPerSecond.toFixed(0)} req/s (static ${result.static.requestsPerSecond.toFixed(0)}, ratio ${result.ratio.toFixed(3)}), p95 ${result.page.p95.toFixed(0)} ms`,
        );
      }
    } finally {
      await browser.close();
      await notifier.end();
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)));
    rmSync(staticDir, { recursive: true, force: true });
    await database.stop();
  }

  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  console.log(`\nIsnad HTTP bench: ${size} archive ${JSON.stringify(database.manifest.counts)}; ${connections} connections, ${seconds} s per run; load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}\n`);
  console.log("| route | req/s | p50 ms | p95 ms | p99 ms | non-2xx | static req/s | ratio | render ms | page kB | RSS MB | JS gz kB | prefetches |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.page.requestsPerSecond.toFixed(0)} | ${r.page.p50.toFixed(0)} | ${r.page.p95.toFixed(0)} | ${r.page.p99.toFixed(0)} | ${r.page.non2xx + r.page.errors} | ${r.static.requestsPerSecond.toFixed(0)} | ${r.ratio.toFixed(3)} | ${r.renderMs.toFixed(0)} | ${kb(r.bytes)} | ${r.rssMb.toFixed(0)} | ${r.jsGzipKb.toFixed(0)} | ${r.prefetches} |`,
    );
  }
  const file = path.join(benchDir(), `http-${size}${label ? `-${label}` : ""}.json`);
  writeFileSync(file, `${JSON.stringify({ size, label, at: new Date().toISOString(), connections, seconds, counts: database.manifest.counts, results }, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
}

void main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
