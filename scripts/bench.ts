/**
 * `npm run bench`: speed and memory of the reads and writes that matter, on
 * a throwaway embedded Postgres filled with generated data. Prints a table;
 * targets are checked here, not in the test suite (timings vary by machine).
 */
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { createSource } from "@/lib/sources/create-source";
import { searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchSources } from "@/lib/sources/search-sources";
import { createStory } from "@/lib/stories/create-story";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";

const SOURCES = 300;
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 3000);
const STORY_CLAIMS = 200;
const actor = systemActor("benchmark");

type Result = { name: string; p50: number; p95: number; target: number };
const results: Result[] = [];

async function measure(name: string, target: number, runs: number, run: (i: number) => Promise<unknown>) {
  await run(0); // warm-up: plans cached, pool connected
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  results.push({ name, p50: at(0.5), p95: at(0.95), target });
}

// A deterministic vocabulary of 600 three-to-five-letter words, so claims
// differ the way real ones do (a dozen shared words would make every claim
// "similar" to every other and measure nothing useful).
const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}
const nextWord = random(7);
const WORDS = Array.from({ length: 600 }, () =>
  Array.from({ length: 3 + Math.floor(nextWord() * 3) }, () => LETTERS[Math.floor(nextWord() * LETTERS.length)]).join(""),
);
const sentence = (i: number) => {
  const next = random(i + 1);
  return Array.from({ length: 14 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
};

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "isnad-bench-"));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ clusterDir: path.join(dir, "pg"), port: 55400 + Math.floor(Math.random() * 500), password: "bench" });
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations(database.url);
    await seedDemo();
    const sourceIds: string[] = [];
    for (let i = 0; i < SOURCES; i++) sourceIds.push((await createSource(actor, { name: `مصدر ${i} ${WORDS[i % WORDS.length]}`, kind: "outlet", aliases: [`source ${i}`] })).id);
    const story = await createStory(actor, { title: "قصة القياس", status: "published" });

    const writeStart = performance.now();
    for (let i = 0; i < CLAIMS; i++) {
      await createClaim(actor, {
        claimantId: sourceIds[i % SOURCES]!,
        saidAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        text: sentence(i),
        status: "published",
        tags: [WORDS[i % WORDS.length]!],
        storyIds: i < STORY_CLAIMS ? [story.id] : [],
        appearances: [
          { key: "o", sourceId: sourceIds[(i + 1) % SOURCES]! },
          { key: "a", sourceId: sourceIds[(i + 2) % SOURCES]!, viaKey: "o" },
          { key: "b", sourceId: sourceIds[(i + 3) % SOURCES]!, viaKey: "a" },
        ],
      });
    }
    const perClaim = (performance.now() - writeStart) / CLAIMS;
    results.push({ name: `create claim with 3-hop chain (mean of ${CLAIMS})`, p50: perClaim, p95: perClaim, target: 100 });

    await measure(`story timeline, ${STORY_CLAIMS} claims`, 300, 20, () => getStoryTimeline(story.slug));
    await measure("similar claims for a new claim's text", 150, 30, (i) => findSimilarClaims(sentence(i * 13)));
    await measure("source suggestions while typing", 50, 30, (i) => searchSources({ query: `مصدر ${i}` }));
    await measure("reader search, one word, first page", 200, 30, (i) => searchClaims(parseSearchQuery({ q: WORDS[i * 7]! })));

    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    console.log(`\nIsnad benchmarks: ${CLAIMS} claims, ${SOURCES} sources (PostgreSQL 18, embedded)\n`);
    console.log("| operation | p50 ms | p95 ms | target ms | |");
    console.log("| --- | ---: | ---: | ---: | --- |");
    for (const r of results) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.target} | ${r.p95 <= r.target ? "ok" : "SLOW"} |`);
    console.log(`\nbenchmark process RSS: ${rssMb.toFixed(0)} MB`);
    process.exitCode = results.every((r) => r.p95 <= r.target) ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().then(() => process.exit());
