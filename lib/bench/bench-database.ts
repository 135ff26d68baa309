// The bench archive's own PostgreSQL cluster, generated once per size and
// reused by every later run (the 1M archive takes minutes to build, a
// restart a second). Lives in ISNAD_BENCH_DIR (default .bench/ in the repo),
// one cluster per size; a run applies pending migrations to it first, so the
// archive follows the schema the way a production database would.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";
import { BENCH_SIZES, generateBenchData, type BenchSizeName, type LoadReport } from "./generate-bench-data";

// Bumped when the generated rows change shape: an older archive is rebuilt.
const GENERATOR_VERSION = 2;
const PASSWORD = "bench";
const PORTS: Record<BenchSizeName, number> = { "1k": 55411, "50k": 55412, "1m": 55410 };

export type BenchManifest = { generatorVersion: number; size: BenchSizeName; counts: Record<string, number>; load: LoadReport; generatedAt: string };
export type BenchDatabase = { url: string; manifest: BenchManifest; stop: () => Promise<void> };

export const benchDir = () => path.resolve(process.env.ISNAD_BENCH_DIR ?? ".bench");
const benchPort = (size: BenchSizeName) => Number(process.env.ISNAD_BENCH_PORT ?? PORTS[size]);
/** The connection string of a size's cluster (user and database as startEmbeddedPostgres names them). */
export const benchUrl = (size: BenchSizeName) => `postgresql://isnad:${PASSWORD}@127.0.0.1:${benchPort(size)}/isnad`;

async function accepts(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function isBenchSize(name: string): name is BenchSizeName {
  return name in BENCH_SIZES;
}

/**
 * The archive of `size`, ready to query: the cluster started (or the one
 * already running on its port used as it is), migrations applied, the data
 * generated when the cluster has none of this generator's version.
 */
export async function openBenchDatabase(size: BenchSizeName, log: (message: string) => void = console.log): Promise<BenchDatabase> {
  const folder = path.join(benchDir(), size);
  const manifestFile = path.join(folder, "manifest.json");
  const stored = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, "utf8")) as BenchManifest) : null;
  const url = benchUrl(size);
  const running = await accepts(url);
  if (!running && stored?.generatorVersion !== GENERATOR_VERSION) rmSync(folder, { recursive: true, force: true });

  const server = running ? null : await startEmbeddedPostgres({ clusterDir: path.join(folder, "pg"), port: benchPort(size), password: PASSWORD });
  const stop = async () => {
    await disconnectDb();
    await server?.stop();
  };
  try {
    process.env.DATABASE_URL = url;
    const applied = await applyMigrations(url);
    if (applied.length) {
      // A migration may rewrite a table (a new generated column): fresh statistics and visibility map, as after a load.
      log(`applied migrations: ${applied.join(", ")}; vacuum analyze …`);
      await vacuumAnalyze(url);
    }
    if (stored?.generatorVersion === GENERATOR_VERSION && existsSync(path.join(folder, "pg"))) return { url, manifest: stored, stop };

    log(`generating the ${size} bench archive in ${folder} …`);
    await seedDemo();
    await disconnectDb();
    await tuneForBulkLoad(url);
    const load = await generateBenchData(url, BENCH_SIZES[size], log);
    const manifest: BenchManifest = { generatorVersion: GENERATOR_VERSION, size, counts: await tableCounts(url), load, generatedAt: new Date().toISOString() };
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    log(`generated in ${load.seconds.toFixed(0)} s: ${JSON.stringify(manifest.counts)}`);
    return { url, manifest, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Fewer checkpoints while gigabytes are written (the cluster is the bench's alone). */
async function tuneForBulkLoad(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await client.query(`SELECT pg_reload_conf()`);
  } finally {
    await client.end();
  }
}

async function vacuumAnalyze(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`VACUUM (ANALYZE)`);
  } finally {
    await client.end();
  }
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ["Claim", "Source", "Appearance", "ClaimLink", "Story", "StoryClaim", "Tag", "ClaimTag"];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n;
    return counts;
  } finally {
    await client.end();
  }
}
