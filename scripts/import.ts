/**
 * `npm run import -- FILE`: loads an archive written by `npm run export` into
 * an empty database (DATABASE_URL, else the embedded PostgreSQL in the data
 * folder, migrated first). All or nothing: a damaged file changes nothing.
 * Passwords and token secrets are not in an archive: set each account's
 * password with `npm run user:create`, and issue new API tokens.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import pg from "pg";
import { ArchiveError, importArchive } from "@/lib/archive/import-archive";
import { openLocalDatabase } from "@/lib/db/local-database";
import { applyMigrations } from "@/lib/db/migrate";
import { runCommand } from "@/lib/runtime/run-command";

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error("Usage: npm run import -- FILE");
    return 2;
  }
  const database = await openLocalDatabase();
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await client.connect();
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const { tables } = await importArchive(client, lines);
    for (const { table, rows } of tables) console.log(`${table.padEnd(14)} ${rows}`);
    console.log(`Imported ${file}. Accounts have no password yet: set them with npm run user:create.`);
    return 0;
  } catch (error) {
    if (error instanceof ArchiveError) {
      console.error(`Nothing was imported: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await client.end();
    await database.stop();
  }
}

runCommand(() => main(process.argv[2]));
