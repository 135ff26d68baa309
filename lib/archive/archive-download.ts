import "server-only";
import pg from "pg";
import { db } from "@/lib/db/client";
import { archiveHeader } from "./archive-format";
import { exportArchive } from "./export-archive";
import { exportCsv, type CsvExport } from "./export-csv";

/** A file for the admin to download: its lines as a stream, and how many lines it will have (for a progress bar). */
export type Download = { body: ReadableStream<Uint8Array>; lines: number; fileName: string; contentType: string };

const today = () => new Date().toISOString().slice(0, 10);

function streamOf(chunks: AsyncGenerator<string>, done: () => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          controller.close();
          await done();
        } else {
          controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        controller.error(error);
        await done();
      }
    },
    // A cancelled download ends the export's snapshot and its connection.
    async cancel() {
      await chunks.return(undefined);
      await done();
    },
  });
}

/** Puts back a line already read; ending the result ends `rest` too (yield* passes return() on). */
async function* startingWith(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield first;
  yield* rest;
}

/**
 * The whole newsroom as an archive, streamed from its own connection: the
 * export holds one snapshot for as long as the download takes, which must
 * not tie up a connection of the app's pool.
 */
export async function archiveDownload(): Promise<Download> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    await client.end().catch(() => {});
  };
  try {
    const chunks = exportArchive(client);
    const first = await chunks.next();
    const headerLine = first.done ? "" : first.value;
    const header = archiveHeader.parse(JSON.parse(headerLine));
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    const body = streamOf(startingWith(headerLine, chunks), end);
    // Header, one section line per table, the rows, the manifest.
    return { body, lines: 1 + header.tables.length + rows + 1, fileName: `isnad-archive-${today()}.jsonl`, contentType: "application/jsonl; charset=utf-8" };
  } catch (error) {
    await end();
    throw error;
  }
}

/** A spreadsheet of claims or sources; its line count is the header plus one per record. */
export async function csvDownload(which: CsvExport): Promise<Download> {
  const records = which === "claims" ? await db().claim.count({ where: { deletedAt: null } }) : await db().source.count();
  return { body: streamOf(exportCsv(which), async () => {}), lines: records + 1, fileName: `isnad-${which}-${today()}.csv`, contentType: "text/csv; charset=utf-8" };
}

/** What the admin's export page offers, by the name in its address. */
export const DOWNLOADS = {
  "archive.jsonl": archiveDownload,
  "claims.csv": () => csvDownload("claims"),
  "sources.csv": () => csvDownload("sources"),
} as const satisfies Record<string, () => Promise<Download>>;
export type DownloadName = keyof typeof DOWNLOADS;
export const DOWNLOAD_NAMES = Object.keys(DOWNLOADS) as DownloadName[];
