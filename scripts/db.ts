/**
 * The project's `prisma migrate`, which works with no network:
 *
 *   tsx scripts/db.ts migrate      apply pending migrations         (npm run db:migrate)
 *   tsx scripts/db.ts new NAME     write the next migration from    (npm run db:new -- NAME)
 *                                  the changes to schema.prisma
 *   tsx scripts/db.ts status       applied / pending, and drift     (npm run db:status)
 *   tsx scripts/db.ts seed         migrations, then the demo story  (npm run db:seed)
 *
 * Uses DATABASE_URL; without it, the embedded PostgreSQL in the data folder
 * (the app's own, if it is running). See docs/migrations.md.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { openLocalDatabase, type LocalDatabase } from "@/lib/db/local-database";
import { seedDemo } from "@/lib/demo/seed-demo";
import { applyMigrations, defaultMigrationsDir, MIGRATION_LOCKFILE, migrationStatus } from "@/lib/db/migrate";
import { checkDrift, createMigrationSql } from "@/lib/db/schema-engine";
import { runCommand } from "@/lib/runtime/run-command";

type Database = LocalDatabase;

const USAGE = "Usage: tsx scripts/db.ts migrate | new NAME | status | seed";

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "migrate":
      return withDatabase(migrate);
    case "new":
      return withDatabase((database) => newMigration(database, rest.join(" ")));
    case "status":
      return withDatabase(status);
    case "seed":
      return withDatabase(seed);
    default:
      console.error(USAGE);
      return 2;
  }
}

async function migrate(database: Database): Promise<number> {
  const applied = await applyMigrations(database.url, { log: console.log });
  console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s).`);
  return 0;
}

async function seed(database: Database): Promise<number> {
  await applyMigrations(database.url, { log: console.log });
  process.env.DATABASE_URL = database.url;
  try {
    const { loaded } = await seedDemo();
    console.log(loaded ? "Loaded the demo story." : "The demo story is already there.");
    return 0;
  } finally {
    await disconnectDb();
  }
}

async function newMigration(database: Database, requestedName: string): Promise<number> {
  const name = migrationSlug(requestedName);
  if (!name) {
    console.error(`Name the migration in Latin letters or digits, e.g. npm run db:new -- add_claim_language\n${USAGE}`);
    return 2;
  }
  const sql = await createMigrationSql(database.url);
  if (!sql) {
    console.log("No changes: the migrations already produce schema.prisma.");
    return 0;
  }
  const migrationsDir = defaultMigrationsDir();
  const folder = path.join(migrationsDir, `${utcTimestamp(new Date())}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  await writeLockfileIfMissing(migrationsDir);
  console.log(`Created ${path.relative(process.cwd(), path.join(folder, "migration.sql"))}.`);
  console.log("Review it, append any hand-written SQL at the end, then run npm run db:migrate.");
  return 0;
}

async function status(database: Database): Promise<number> {
  const { applied, pending, problems, unknown } = await migrationStatus(database.url);
  console.log(`Applied (${applied.length}):${formatList(applied)}`);
  console.log(`Pending (${pending.length}):${formatList(pending)}`);
  if (unknown.length > 0) console.log(`In the database but not in prisma/migrations (${unknown.length}):${formatList(unknown)}`);
  for (const problem of problems) console.error(`Problem: ${problem}`);
  if (pending.length > 0 || problems.length > 0) {
    // Drift against a database that is behind would only list the pending changes.
    console.log("Drift: not checked until the pending migrations are applied (npm run db:migrate).");
    return 1;
  }
  const drift = await checkDrift(database.url);
  if (!drift) {
    console.log("Drift: none, the database matches schema.prisma.");
    return 0;
  }
  console.log(`Drift: the database differs from schema.prisma. SQL that would align it:\n\n${drift}`);
  console.log("Either schema.prisma changed without a migration (npm run db:new -- <name>), or the database was changed by hand.");
  return 1;
}

// ---------------------------------------------------------------------------

async function withDatabase(run: (database: Database) => Promise<number>): Promise<number> {
  const database = await openLocalDatabase();
  try {
    return await run(database);
  } finally {
    await database.stop();
  }
}

/** As Prisma names migrations: slugified with "_", at most 200 characters. */
function migrationSlug(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

/** YYYYMMDDHHMMSS in UTC, Prisma's migration folder prefix. */
function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function writeLockfileIfMissing(migrationsDir: string): Promise<void> {
  const lockfile = path.join(migrationsDir, MIGRATION_LOCKFILE.name);
  if (!existsSync(lockfile)) await writeFile(lockfile, MIGRATION_LOCKFILE.content);
}

function formatList(names: string[]): string {
  return names.map((name) => `\n  ${name}`).join("");
}

runCommand(() => main(process.argv.slice(2)));
