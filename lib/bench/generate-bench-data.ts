// Fills a migrated database (with the demo loaded) with a newsroom-sized
// archive through COPY: claims, sources, appearances with 3-hop attribution
// chains, links between claims, stories and tags. Rows are generated in this
// process and streamed, so a million claims take minutes, not the hours the
// use-cases would need one claim at a time. The rows are valid as the
// use-cases would write them (normalized searchText, chains within a claim,
// no self-links); the constraint and chain triggers are off during the load
// (session_replication_role = replica) because the generator guarantees them.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { DEMO_STORY_SLUG } from "@/lib/demo/seed-demo";
import { claimSummary, claimText, pick, seededRandom, sourceAt, storyTitle, TAG_NAMES, type Random } from "./arabic-text";

export type BenchSize = {
  claims: number;
  sources: number;
  /** Appearances per claim: an origin and the outlets that carried it, each via the one before (3 = a 3-hop chain). */
  appearancesPerClaim: number;
  /** Links per claim on average (1.5 → every claim links once, every other claim twice). */
  linksPerClaim: number;
  stories: number;
  /** Events of the worked example's story (its demo claims included). */
  demoStoryEvents: number;
};

export const BENCH_SIZES = {
  "1k": { claims: 1_000, sources: 50, appearancesPerClaim: 3, linksPerClaim: 1.5, stories: 20, demoStoryEvents: 500 },
  "50k": { claims: 50_000, sources: 2_500, appearancesPerClaim: 3, linksPerClaim: 1.5, stories: 1_000, demoStoryEvents: 500 },
  "1m": { claims: 1_000_000, sources: 50_000, appearancesPerClaim: 3, linksPerClaim: 1.5, stories: 20_000, demoStoryEvents: 500 },
} as const satisfies Record<string, BenchSize>;

export type BenchSizeName = keyof typeof BENCH_SIZES;

// Deterministic ids by kind and index: rows can refer to each other without
// keeping a million ids in memory, and every run generates the same archive.
const uuid = (kind: number, index: number) =>
  `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
const KIND = { source: 0xb5, claim: 0xc1, appearance: 0xa9, link: 0x11, story: 0x57, tag: 0x7a } as const;
export const benchClaimId = (index: number) => uuid(KIND.claim, index);

// Each row draws from its own seeded random, so tables can be generated
// independently (and in parallel) and still agree on a claim's attributes.
const rowRandom = (table: number, index: number): Random => seededRandom(index * 8 + table);

const START = Date.UTC(2015, 0, 1);
const SPAN = Date.UTC(2026, 10, 1) - START;
const HOUR = 3_600_000;
const LINK_TYPES = ["denies", "confirms", "refutes", "supports", "corrects", "repeats", "context"] as const;
const STATUSES = ["published", "published", "published", "published", "published", "published", "published", "published", "published", "draft", "in_review", "archived"] as const;

/** What the generator decides for claim `index`, the same whichever table asks. */
function claimFacts(size: BenchSize, index: number) {
  const random = rowRandom(0, index);
  const saidAt = new Date(START + Math.floor((index / size.claims) * SPAN) + Math.floor(random() * HOUR * 6));
  const status = pick(random, STATUSES);
  return { random, saidAt, status, deleted: random() < 0.005 };
}

/** COPY text format: backslash, tab and line breaks escaped, NULL as \N. */
const field = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "\\N" : String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
const arrayLiteral = (items: string[]) => `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
const line = (values: (string | number | null | undefined)[]) => `${values.map(field).join("\t")}\n`;
const iso = (date: Date) => date.toISOString();

async function copy(client: pg.ClientBase, table: string, columns: string[], rows: () => Generator<string>) {
  // Batches of lines: one stream chunk per row would make the stream's overhead the bottleneck.
  function* batches() {
    let batch = "";
    let count = 0;
    for (const row of rows()) {
      batch += row;
      if (++count === 2_000) {
        yield batch;
        batch = "";
        count = 0;
      }
    }
    if (batch) yield batch;
  }
  const target = client.query(copyFrom(`COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(batches()), target);
}

type Context = { size: BenchSize; demoStoryId: string; /** The worked example's own published claims. */ demoStoryClaims: number; verdictIds: string[]; tagIds: string[]; now: string };

/** Claim indexes in the worked example's story: spread over the whole archive, one every `stride` claims. */
function demoStoryStride(context: Context) {
  const events = context.size.demoStoryEvents - context.demoStoryClaims;
  return { events, stride: Math.floor(context.size.claims / events) };
}
const inDemoStory = (context: Context, index: number) => {
  const { events, stride } = demoStoryStride(context);
  return index % stride === 0 && index / stride < events;
};

function* sourceRows({ size, now }: Context) {
  for (let index = 0; index < size.sources; index++) {
    const random = rowRandom(1, index);
    const source = sourceAt(index, random);
    const searchText = normalizeArabic([source.name, source.nameEn ?? "", ...source.aliases].join(" | "));
    const status = random() < 0.01 ? "proposed" : "active";
    yield line([uuid(KIND.source, index), `bench-source-${index}`, source.name, source.nameEn, arrayLiteral(source.aliases), source.kind, status, searchText, 1, now, now]);
  }
}

/** The claimant: a few sources say most claims, as agencies and ministries do. */
const claimantOf = (size: BenchSize, random: Random) => Math.floor(size.sources * random() ** 3);

function* claimRows(context: Context) {
  const { size, verdictIds, now } = context;
  for (let index = 0; index < size.claims; index++) {
    const { random, saidAt, status, deleted } = claimFacts(size, index);
    const text = claimText(random);
    const summary = claimSummary(random);
    const claimant = claimantOf(size, random);
    const verdict = random() < 0.2 ? pick(random, verdictIds) : null;
    const publishedAt = status === "published" || status === "archived" ? new Date(saidAt.getTime() + Math.floor(random() * 48 * HOUR)) : null;
    yield line([
      benchClaimId(index), uuid(KIND.source, claimant), iso(saidAt), random() < 0.9 ? "day" : "exact", text, "ar", summary,
      inDemoStory(context, index) ? "published" : status, verdict, verdict ? iso(saidAt) : null,
      normalizeArabic(`${text} ${summary ?? ""}`), 1, publishedAt && iso(publishedAt), now, now,
      deleted && !inDemoStory(context, index) ? now : null,
    ]);
  }
}

function* appearanceRows({ size, now }: Context) {
  for (let claim = 0; claim < size.claims; claim++) {
    const { saidAt } = claimFacts(size, claim);
    const random = rowRandom(2, claim);
    for (let hop = 0; hop < size.appearancesPerClaim; hop++) {
      const index = claim * size.appearancesPerClaim + hop;
      const source = Math.floor(size.sources * random() ** 2);
      const publishedAt = new Date(saidAt.getTime() + hop * HOUR * (1 + Math.floor(random() * 5)));
      yield line([
        uuid(KIND.appearance, index), benchClaimId(claim), uuid(KIND.source, source),
        `https://news.example/${claim}/${hop}`, null, iso(publishedAt), "day", hop === 0 ? null : uuid(KIND.appearance, index - 1), now, now,
      ]);
    }
  }
}

/**
 * Links point back to recent claims (answers come after what they answer).
 * The demo story's claims answer the story's previous claim, so its
 * timeline has denials and confirmations hanging under events; other claims
 * link outside the story, so it keeps its 500 events.
 */
function* linkRows(context: Context) {
  const { size, now } = context;
  const { stride } = demoStoryStride(context);
  let index = 0;
  for (let claim = 1; claim < size.claims; claim++) {
    const random = rowRandom(3, claim);
    const count = Math.floor(size.linksPerClaim) + (claim % 2 === 0 ? Math.round((size.linksPerClaim % 1) * 2) : 0);
    const targets = new Set<number>();
    if (inDemoStory(context, claim)) targets.add(claim - stride);
    for (let attempt = 0; targets.size < count && attempt < 20; attempt++) {
      const target = claim - 1 - Math.floor(random() * Math.min(claim, 1_000));
      if (!inDemoStory(context, target)) targets.add(target);
    }
    for (const target of targets) {
      const type = inDemoStory(context, claim) ? (claim % 3 === 0 ? "confirms" : "denies") : pick(random, LINK_TYPES);
      yield line([uuid(KIND.link, index++), benchClaimId(claim), benchClaimId(target), type, now]);
    }
  }
}

/**
 * Stories other than the worked example cover a stretch of time each, as a
 * running story does: story `s` holds every other claim of the s-th
 * consecutive run of claims, and was last changed when its latest claim was said.
 */
const storyOf = (size: BenchSize, claim: number) => 1 + Math.floor((claim * (size.stories - 1)) / size.claims);
const lastClaimOf = (size: BenchSize, story: number) => Math.min(size.claims, Math.ceil((story * size.claims) / (size.stories - 1))) - 1;

function* storyRows({ size }: Context) {
  for (let index = 1; index < size.stories; index++) {
    const random = rowRandom(4, index);
    const { saidAt } = claimFacts(size, lastClaimOf(size, index));
    const created = iso(claimFacts(size, lastClaimOf(size, index - 1) + 1).saidAt);
    const updated = iso(new Date(saidAt.getTime() + Math.floor(random() * HOUR * 12)));
    yield line([uuid(KIND.story, index), `bench-story-${index}`, storyTitle(random, index), random() < 0.9 ? "published" : "draft", 1, created, updated]);
  }
}

/** The demo story holds its share; about half the other claims belong to the story of their stretch of time. */
function* storyClaimRows(context: Context) {
  const { size, demoStoryId } = context;
  for (let claim = 0; claim < size.claims; claim++) {
    if (inDemoStory(context, claim)) yield line([demoStoryId, benchClaimId(claim)]);
    else if (claim % 2 === 0 && size.stories > 1) yield line([uuid(KIND.story, storyOf(size, claim)), benchClaimId(claim)]);
  }
}

function* claimTagRows({ size, tagIds }: Context) {
  for (let claim = 0; claim < size.claims; claim++) {
    const random = rowRandom(5, claim);
    const first = Math.floor(tagIds.length * random() ** 2);
    yield line([benchClaimId(claim), tagIds[first]!]);
    if (random() < 0.5) yield line([benchClaimId(claim), tagIds[(first + 1 + Math.floor(random() * (tagIds.length - 1))) % tagIds.length]!]);
  }
}

/** Tags the demo does not already have, so every normalized name stays unique. */
async function ensureTags(client: pg.ClientBase, now: string): Promise<string[]> {
  const existing = new Map((await client.query<{ id: string; normalized: string }>(`SELECT id, normalized FROM "Tag"`)).rows.map((row) => [row.normalized, row.id]));
  const ids: string[] = [];
  await copy(client, "Tag", ["id", "slug", "name", "normalized", "createdAt"], function* () {
    for (const [index, name] of TAG_NAMES.entries()) {
      const normalized = normalizeArabic(name);
      const known = existing.get(normalized);
      if (known) {
        ids.push(known);
        continue;
      }
      existing.set(normalized, uuid(KIND.tag, index));
      ids.push(uuid(KIND.tag, index));
      yield line([uuid(KIND.tag, index), `bench-tag-${index}`, name, normalized, now]);
    }
  });
  return ids;
}

const LOADED_TABLES = ["Source", "Claim", "Appearance", "ClaimLink", "Story", "StoryClaim", "ClaimTag"];

/** The secondary indexes of the loaded tables (primary keys stay): dropped for the load, rebuilt after, which is much faster. */
async function secondaryIndexes(client: pg.ClientBase) {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [LOADED_TABLES],
  );
  return rows;
}

export type LoadReport = { seconds: number; steps: { step: string; seconds: number }[] };

/** Loads the archive of `size` into the database at `url` (migrated, demo seeded, nothing else). */
export async function generateBenchData(url: string, size: BenchSize, log: (message: string) => void = () => {}): Promise<LoadReport> {
  const started = performance.now();
  const steps: LoadReport["steps"] = [];
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const at = performance.now();
    const result = await run();
    steps.push({ step, seconds: (performance.now() - at) / 1000 });
    log(`${step}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
    return result;
  };
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '1GB'`);
    return client;
  };

  const main = await connect();
  const second = await connect();
  try {
    const now = iso(new Date());
    const demoStory = await main.query<{ id: string; claims: number }>(
      `SELECT s.id, (SELECT count(*)::int FROM "StoryClaim" sc JOIN "Claim" c ON c.id = sc."claimId" AND c.status = 'published' AND c."deletedAt" IS NULL
                     WHERE sc."storyId" = s.id) AS claims
       FROM "Story" s WHERE slug = $1`,
      [DEMO_STORY_SLUG],
    );
    if (!demoStory.rows[0]) throw new Error("Load the demo first: the bench data extends the worked example's story.");
    const verdictIds = (await main.query<{ id: string }>(`SELECT id FROM "VerdictLevel" ORDER BY position`)).rows.map((row) => row.id);
    const context: Context = {
      size, now, verdictIds, demoStoryId: demoStory.rows[0].id, demoStoryClaims: demoStory.rows[0].claims, tagIds: await ensureTags(main, now),
    };

    const indexes = await secondaryIndexes(main);
    await timed("drop secondary indexes", () => main.query(indexes.map((index) => `DROP INDEX "${index.name}";`).join("\n")));
    // Two connections, so the server's two cores both work: claims (the
    // full-text vectors are computed as they arrive) alongside the rest.
    await timed("copy rows", () =>
      Promise.all([
        (async () => {
          await copy(main, "Source", ["id", "slug", "name", "nameEn", "aliases", "kind", "status", "searchText", "version", "createdAt", "updatedAt"], () => sourceRows(context));
          await copy(main, "Claim", ["id", "claimantId", "saidAt", "saidAtPrecision", "text", "language", "summary", "status", "verdictId", "verdictAt", "searchText", "version", "publishedAt", "createdAt", "updatedAt", "deletedAt"], () => claimRows(context));
        })(),
        (async () => {
          await copy(second, "Appearance", ["id", "claimId", "sourceId", "url", "title", "publishedAt", "publishedAtPrecision", "viaId", "createdAt", "updatedAt"], () => appearanceRows(context));
          await copy(second, "ClaimLink", ["id", "fromClaimId", "toClaimId", "type", "createdAt"], () => linkRows(context));
          await copy(second, "Story", ["id", "slug", "title", "status", "version", "createdAt", "updatedAt"], () => storyRows(context));
          await copy(second, "StoryClaim", ["storyId", "claimId"], () => storyClaimRows(context));
          await copy(second, "ClaimTag", ["claimId", "tagId"], () => claimTagRows(context));
        })(),
      ]),
    );
    // Rebuilt two at a time, largest tables spread over both connections.
    const queue = [...indexes];
    const rebuild = async (client: pg.Client) => {
      for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.definition);
    };
    await timed("rebuild secondary indexes", () => Promise.all([rebuild(main), rebuild(second)]));
    await timed("derived data", () => refreshDerivedData(main));
    await timed("vacuum analyze", () => main.query(`VACUUM (ANALYZE) ${LOADED_TABLES.map((table) => `"${table}"`).join(", ")}, "Tag"`));
  } finally {
    await main.end();
    await second.end();
  }
  return { seconds: (performance.now() - started) / 1000, steps };
}

/** What triggers would have maintained during the load (they were off): rebuilt from the loaded rows. */
async function refreshDerivedData(client: pg.ClientBase) {
  const { rows } = await client.query(`SELECT to_regclass('"SearchTerm"') AS terms`);
  if (!rows[0].terms) return; // an archive generated before SearchTerm existed gets it from its migration
  await client.query(`TRUNCATE "SearchTerm"`);
  await client.query(`INSERT INTO "SearchTerm" ("lexeme", "claims") SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"')`);
}
