/**
 * The main reads keep to their indexes: this file's database gets the
 * 50,000-claim bench archive (150,000 appearances, 75,000 links, 2,500
 * sources; loaded through COPY, then ANALYZEd), every SQL statement a
 * use-case sends is captured at the `pg` level and EXPLAINed twice, and no
 * plan may read a large table sequentially: as planned on these statistics
 * (at this size the claims and what hangs off them are read whole only when
 * that beats every index, i.e. the query grows with the table), and with
 * enable_seqscan off, where a table is still read whole only when no index
 * can answer the query at all (this catches the tables that are small here,
 * sources and search terms, but large in a real archive).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_QUERIES, claimText, rareWords, seededRandom } from "@/lib/bench/arabic-text";
import { BENCH_SIZES, generateBenchData } from "@/lib/bench/generate-bench-data";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { disconnectDb } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { listPublicClaims } from "@/lib/reader/list-public-claims";
import { listPublishedStories } from "@/lib/reader/list-published-stories";
import { claimListQuery } from "@/lib/reader/list-queries";
import { SEARCH_TOTAL_CAP, searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { suggestSources } from "@/lib/sources/suggest-sources";

/** Tables with tens of thousands of rows here, as planned on their statistics. */
const LARGE_HERE = new Set(["Claim", "Appearance", "ClaimLink", "StoryClaim", "ClaimTag"]);
/** Tables large in a real archive: none may lack the index its queries need. */
const LARGE_TABLES = new Set([...LARGE_HERE, "Source", "SearchTerm", "Story"]);
let explainer: pg.Client;

beforeAll(async () => {
  await seedDemo();
  await disconnectDb();
  await generateBenchData(process.env.DATABASE_URL!, BENCH_SIZES["50k"]);
  explainer = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explainer.connect();
}, 300_000);
afterAll(() => explainer.end());

type Statement = { text: string; values: unknown[] };

/** Every SELECT the app sends while `run` runs, as the driver receives it. */
async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof config === "string" ? config : config?.text;
    if (typeof text === "string" && /^\s*(SELECT|WITH)\b/i.test(text)) {
      statements.push({ text, values: (typeof config === "object" ? config.values : values) ?? [] });
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return statements;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The tables of `tables` that a statement's plan reads sequentially, with sequential scans on or off. */
async function sequentialScans(statement: Statement, seqscan: "on" | "off", tables: Set<string>): Promise<string[]> {
  await explainer.query(`SET enable_seqscan = ${seqscan}`);
  const { rows } = await explainer.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
  const plan = (rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan;
  return nodesOf(plan).flatMap((node) => (node["Node Type"] === "Seq Scan" && tables.has(node["Relation Name"]!) ? [`${node["Relation Name"]} (enable_seqscan ${seqscan})`] : []));
}

const newClaim = claimText(seededRandom(77));
const mainReads: [string, () => Promise<unknown>][] = [
  ["reader search, common word", () => searchClaims(parseSearchQuery({ q: BENCH_QUERIES.common[0] }))],
  ["reader search, very common word", () => searchClaims(parseSearchQuery({ q: BENCH_QUERIES.veryCommon[0] }))],
  ["reader search, rare word", () => searchClaims(parseSearchQuery({ q: rareWords(1)[0] }))],
  ["reader search, spelling variant", () => searchClaims(parseSearchQuery({ q: BENCH_QUERIES.variant[0] }))],
  ["reader search, with a source filter", () => searchClaims(parseSearchQuery({ q: BENCH_QUERIES.common[1], source: "bloomberg" }))],
  ["similar claims for a new claim", () => findSimilarClaims(newClaim)],
  ["source suggestions", () => suggestSources(BENCH_QUERIES.sourcePrefix[0])],
  ["story timeline, 500 events", () => getStoryTimeline(DEMO_STORY_SLUG)],
  ["home: latest claims", () => getLatestClaims(10)],
  ["published stories list", () => listPublishedStories(20)],
  ["API: claims list", () => listPublicClaims(claimListQuery.parse({}))],
  ["API: claims list with words", () => listPublicClaims(claimListQuery.parse({ q: BENCH_QUERIES.common[0] }))],
  ["API: claims changed since", () => listPublicClaims(claimListQuery.parse({ updated_since: "2026-01-01T00:00:00Z" }))],
];

describe("query plans on 50,000 claims", () => {
  it.each(mainReads)("%s: no sequential scan of a large table", async (_name, run) => {
    const statements = await statementsOf(run);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const scans = [...(await sequentialScans(statement, "on", LARGE_HERE)), ...(await sequentialScans(statement, "off", LARGE_TABLES))];
      expect(scans, statement.text).toEqual([]);
    }
  });

  it("the story's timeline holds its 500 events, with answers under them", async () => {
    const timeline = await getStoryTimeline(DEMO_STORY_SLUG);
    expect(timeline!.claimCount).toBeGreaterThanOrEqual(BENCH_SIZES["50k"].demoStoryEvents);
    expect(timeline!.events.some((event) => event.answers.length > 0)).toBe(true);
  });

  it("counts a common word's matches only up to the cap, and says so", async () => {
    const result = await searchClaims(parseSearchQuery({ q: BENCH_QUERIES.common[0] }));
    expect(result).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true });
    expect(result.claims).toHaveLength(20);
    const rare = await searchClaims(parseSearchQuery({ q: rareWords(1)[0] }));
    expect(rare.totalCapped).toBe(false);
    expect(rare.total).toBeLessThan(SEARCH_TOTAL_CAP);
  });
});
