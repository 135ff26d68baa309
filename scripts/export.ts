/**
 * `npm run export -- --out FILE`: the whole newsroom as an archive (JSON
 * Lines with a manifest and checksums, lib/archive/archive-format.ts), which
 * `npm run import -- FILE` loads into an empty database.
 * `npm run export -- --csv claims|sources --out FILE`: a spreadsheet.
 * Uses DATABASE_URL, else the embedded PostgreSQL in the data folder.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import pg from "pg";
import { CSV_EXPORTS, exportCsv } from "@/lib/archive/export-csv";
import { exportArchive } from "@/lib/archive/export-archive";
import { disconnectDb } from "@/lib/db/client";
import { openLocalDatabase } from "@/lib/db/local-database";
import { oneOf } from "@/lib/vocabulary";
import { runCommand } from "@/lib/runtime/run-command";

const USAGE = "Usage: npm run export -- --out FILE [--csv claims|sources]";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" }, csv: { type: "string" } } });
  if (!values.out) {
    console.error(USAGE);
    return 2;
  }
  const csv = values.csv === undefined ? undefined : oneOf(CSV_EXPORTS, values.csv);
  if (values.csv !== undefined && !csv) {
    console.error(`--csv takes ${CSV_EXPORTS.join(" or ")}.\n${USAGE}`);
    return 2;
  }
  const database = await openLocalDatabase();
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    process.env.DATABASE_URL = database.url;
    const chunks = csv ? exportCsv(csv) : exportArchive(client);
    // Written beside the target and renamed when complete: a failed export leaves no half file behind.
    const partial = `${values.out}.partial`;
    try {
      await pipeline(Readable.from(chunks), createWriteStream(partial));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await rename(partial, values.out);
    console.log(`Wrote ${values.out}.`);
    return 0;
  } finally {
    await client.end();
    await disconnectDb();
    await database.stop();
  }
}

runCommand(main);
