/**
 * `npm run bench -- [1k|50k|1m] [--label before]`: the queries that matter,
 * called as the app calls them (the use-cases, through Prisma), on the
 * generated archive of that size (scripts/bench-data.ts; generated on first
 * use, reused after). Prints p50/p95 per query, the reader search against the
 * same query as raw SQL, a write with a 3-hop chain while reads run, and
 * writes the results to ISNAD_BENCH_DIR/results-<size>[-label].json.
 * Targets are checked here, not in the test suite (timings vary by machine);
 * the exit code says whether every target held.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { systemActor } from "@/lib/auth/actor";
import { BENCH_QUERIES, claimText, rareWords, seededRandom } from "@/lib/bench/arabic-text";
import { benchDir, isBenchSize, openBenchDatabase } from "@/lib/bench/bench-database";
import { createClaim } from "@/lib/claims/create-claim";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG } from "@/lib/demo/seed-demo";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { listPublishedStories } from "@/lib/reader/list-published-stories";
import { claimSearchSql, searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { suggestSources } from "@/lib/sources/suggest-sources";

const args = process.argv.slice(2);
const size = args.find((arg) => isBenchSize(arg)) ?? "1k";
const label = args.includes("--label") ? args[args.indexOf("--label") + 1] : undefined;
if (!isBenchSize(size)) throw new Error("unreachable");

type Result = { name: string; runs: number; p50: number; p95: number; target?: number; error?: string };
const results: Result[] = [];

const percentile = (times: number[], q: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/**
 * Runs `run` after a warm-up until 40 runs or 20 s (at least 5 runs), so slow
 * queries still finish; one that takes over 10 s is run once, and the first
 * failure ends the measurement (it is reported with the time it took).
 */
async function time(run: (i: number) => Promise<unknown>): Promise<{ times: number[]; error?: string }> {
  const warmUp = performance.now();
  try {
    await run(0);
  } catch (error) {
    return { times: [performance.now() - warmUp], error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  if (performance.now() - warmUp > 10_000) return { times: [performance.now() - warmUp] };
  const times: number[] = [];
  const started = performance.now();
  for (let i = 1; i <= 40 && (i <= 5 || performance.now() - started < 20_000); i++) {
    const at = performance.now();
    try {
      await run(i);
    } catch (error) {
      times.push(performance.now() - at);
      return { times, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
    }
    times.push(performance.now() - at);
  }
  return { times };
}

async function measure(name: string, target: number | undefined, run: (i: number) => Promise<unknown>) {
  const { times, error } = await time(run);
  const result: Result = { name, runs: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), target, error };
  results.push(result);
  console.log(`${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${times.length} runs)${error ? ` FAILED: ${error}` : ""}`);
  return result;
}

const newClaimText = (i: number) => claimText(seededRandom(9_000_000 + i));
const rare = rareWords(40);

async function main() {
  const database = await openBenchDatabase(size);
  // The raw SQL of the reader search, run on a plain connection: what the use-case adds is the ratio.
  const raw = new pg.Client({ connectionString: database.url });
  await raw.connect();
  await raw.query(`SET pg_trgm.word_similarity_threshold = 0.5`);
  try {
    const searchCases = [
      ["common word", BENCH_QUERIES.common],
      ["very common word", BENCH_QUERIES.veryCommon],
      ["rare word", rare],
      ["spelling variant", BENCH_QUERIES.variant],
    ] as const;
    for (const [kind, words] of searchCases) {
      const query = (i: number) => parseSearchQuery({ q: words[i % words.length] });
      const viaApp = await measure(`reader search, ${kind}, first page`, 50, (i) => searchClaims(query(i)));
      const rawResult = await measure(`  raw SQL of the same search (${kind})`, undefined, (i) => {
        const statement = claimSearchSql(query(i).q!, query(i));
        return raw.query(statement.text, statement.values);
      });
      results.push({ name: `  search ÷ raw SQL (${kind}, p50)`, runs: 0, p50: viaApp.p50 / rawResult.p50, p95: viaApp.p95 / rawResult.p95, target: 2 });
    }
    await measure("similar claims for a new claim's text", 50, (i) => findSimilarClaims(newClaimText(i)));
    await measure("source suggestions while typing", 20, (i) => suggestSources(BENCH_QUERIES.sourcePrefix[i % BENCH_QUERIES.sourcePrefix.length]!));
    await measure("story timeline, worked example (500 events)", 50, () => getStoryTimeline(DEMO_STORY_SLUG));
    await measure("home: latest claims", 50, () => getLatestClaims(10));
    await measure("published stories list", 50, () => listPublishedStories(20));
    await writesUnderReadLoad();
  } finally {
    await raw.end();
    await database.stop();
  }

  console.log(`\nIsnad query bench: ${size} archive ${JSON.stringify(database.manifest.counts)}; generated in ${database.manifest.load.seconds.toFixed(0)} s\n`);
  console.log("| query | p50 ms | p95 ms | target | |");
  console.log("| --- | ---: | ---: | ---: | --- |");
  for (const r of results) {
    const isRatio = r.name.includes("÷");
    const format = (value: number) => (isRatio ? `${value.toFixed(2)}×` : value.toFixed(1));
    const verdict = r.error ? `FAILED after ${format(r.p50)} ms: ${r.error.slice(0, 80)}` : r.target === undefined ? "" : r.p95 <= r.target ? "ok" : "SLOW";
    console.log(`| ${r.name.trim()} | ${format(r.p50)} | ${format(r.p95)} | ${r.target === undefined ? "" : isRatio ? `≤ ${r.target}×` : `≤ ${r.target}`} | ${verdict} |`);
  }
  const file = path.join(benchDir(), `results-${size}${label ? `-${label}` : ""}.json`);
  writeFileSync(file, `${JSON.stringify({ size, label, at: new Date().toISOString(), counts: database.manifest.counts, results }, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
  process.exitCode = results.every((r) => !r.error && (r.target === undefined || r.p95 <= r.target)) ? 0 : 1;
}

/** Creating a claim with a 3-hop chain while four readers search, open the story and the home page in a loop. */
async function writesUnderReadLoad() {
  const actor = systemActor("benchmark");
  const sources = await db().source.findMany({ where: { status: "active", deletedAt: null, mergedIntoId: null }, select: { id: true }, take: 4, orderBy: { slug: "asc" } });
  let reading = true;
  let readFailures = 0;
  const reader = async (n: number) => {
    for (let i = n; reading; i++) {
      // A failed read is counted, not thrown: the write is what is measured here.
      await [
        () => searchClaims(parseSearchQuery({ q: BENCH_QUERIES.common[i % BENCH_QUERIES.common.length] })),
        () => getStoryTimeline(DEMO_STORY_SLUG),
        () => getLatestClaims(10),
        () => searchClaims(parseSearchQuery({ q: rare[i % rare.length] })),
      ][i % 4]!().catch(() => readFailures++);
    }
  };
  const readers = [0, 1, 2, 3].map(reader);
  try {
    await measure("create a claim with a 3-hop chain, under read load", 50, (i) =>
      createClaim(actor, {
        claimantId: sources[0]!.id,
        saidAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
        text: newClaimText(100_000 + i),
        status: "published",
        appearances: [
          { key: "o", sourceId: sources[1]!.id },
          { key: "a", sourceId: sources[2]!.id, viaKey: "o" },
          { key: "b", sourceId: sources[3]!.id, viaKey: "a" },
        ],
      }),
    );
  } finally {
    reading = false;
    await Promise.all(readers);
    if (readFailures) console.log(`  (${readFailures} reads failed during the write measurement)`);
  }
}

void main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
