import { createHash } from "node:crypto";
import type pg from "pg";
import { archivedTables, ident, type ArchivedTable } from "./archive-catalog";
import { archiveHeader, archiveManifest, archiveSection, type ArchiveHeader } from "./archive-format";

const BATCH_ROWS = 2_000;

/** An archive that cannot be loaded, and why, in words for the person running the import. */
export class ArchiveError extends Error {
  override name = "ArchiveError";
}

export type ImportSummary = { tables: { table: string; rows: number }[] };

/**
 * Loads an archive (archive-format.ts) into an empty database, all or
 * nothing: the rows are staged and checked against the manifest's counts and
 * checksums first, then copied into their tables in one transaction, so a
 * damaged, truncated or foreign file leaves the database as it was.
 * References within a table (a merge, a "carried from") are filled once all
 * of its rows are in; sequences continue after the imported ids.
 */
export async function importArchive(client: pg.ClientBase, lines: AsyncIterable<string>): Promise<ImportSummary> {
  const reader = lines[Symbol.asyncIterator]();
  let lineNumber = 0;
  const nextLine = async (what: string): Promise<string> => {
    const next = await reader.next();
    if (next.done && lineNumber === 0) throw new ArchiveError("The file is empty.");
    if (next.done) throw new ArchiveError(`The archive ends early: expected ${what} at line ${lineNumber + 1}. The file is incomplete.`);
    lineNumber += 1;
    return next.value;
  };
  const parseLine = <T>(text: string, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, what: string): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ArchiveError(`Line ${lineNumber} is not JSON (expected ${what}).`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new ArchiveError(`Line ${lineNumber} is not ${what}.`);
    return parsed.data;
  };

  const header = parseLine(await nextLine("the archive's header"), archiveHeader, "an Isnad archive header (format isnad-archive, version 1)");
  const tables = await archivedTables(client);
  await assertCompatible(client, header, tables);
  await assertEmpty(client, tables);

  await client.query("BEGIN");
  try {
    await client.query(`CREATE TEMPORARY TABLE archive_row (tbl text NOT NULL, line jsonb NOT NULL) ON COMMIT DROP`);
    const sections = new Map<string, string[]>();
    const checksums = new Map<string, string>();
    for (const announced of header.tables) {
      const section = parseLine(await nextLine(`the section of ${announced.table}`), archiveSection, `the section of table ${announced.table}`);
      if (section.table !== announced.table || section.rows !== announced.rows) {
        throw new ArchiveError(`Line ${lineNumber}: the header announced ${announced.rows} rows of ${announced.table} next, the file has ${section.rows} of ${section.table}.`);
      }
      const checksum = createHash("sha256");
      let batch: string[] = [];
      for (let index = 0; index < section.rows; index += 1) {
        const line = await nextLine(`row ${index + 1} of ${section.table}`);
        checksum.update(`${line}\n`);
        batch.push(line);
        if (batch.length === BATCH_ROWS) batch = await stage(client, section.table, batch, lineNumber);
      }
      await stage(client, section.table, batch, lineNumber);
      sections.set(section.table, section.columns);
      checksums.set(section.table, checksum.digest("hex"));
    }
    const { manifest } = parseLine(await nextLine("the manifest"), archiveManifest, "the archive's manifest");
    for (const announced of header.tables) {
      const entry = manifest.tables.find((table) => table.table === announced.table);
      if (!entry || entry.rows !== announced.rows || entry.sha256 !== checksums.get(announced.table)) {
        throw new ArchiveError(`The rows of ${announced.table} do not match the manifest's checksum: the file was changed or damaged after it was written.`);
      }
    }
    if (manifest.tables.length !== header.tables.length) throw new ArchiveError("The manifest lists other tables than the header.");
    if (!(await reader.next()).done) throw new ArchiveError(`Line ${lineNumber + 1}: the archive goes on after its manifest.`);

    for (const table of tables) {
      const columns = sections.get(table.name);
      if (columns) await copyIn(client, table, columns);
    }
    for (const table of tables) await continueSequences(client, table);
    await client.query("COMMIT");
    return { tables: header.tables };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function assertCompatible(client: pg.ClientBase, header: ArchiveHeader, tables: ArchivedTable[]): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.name));
  const missing = header.migrations.filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new ArchiveError(`The archive comes from a newer version of Isnad (migration ${missing[0]} is not applied here). Update this installation and run npm run db:migrate first.`);
  }
  for (const announced of header.tables) {
    if (!tables.some((table) => table.name === announced.table)) throw new ArchiveError(`The archive holds a table this version does not archive: ${announced.table}.`);
  }
}

async function assertEmpty(client: pg.ClientBase, tables: ArchivedTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS filled`);
    if (rows[0]!.filled) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw new ArchiveError(`This database already holds data (${filled.join(", ")}): an archive loads only into an empty one. Point DATABASE_URL (or ISNAD_DATA_DIR) at a new database.`);
  }
}

async function stage(client: pg.ClientBase, table: string, lines: string[], lineNumber: number): Promise<string[]> {
  if (lines.length === 0) return [];
  try {
    await client.query(`INSERT INTO archive_row (tbl, line) SELECT $1, unnest($2::text[])::jsonb`, [table, lines]);
  } catch {
    throw new ArchiveError(`A row of ${table} before line ${lineNumber + 1} is not valid JSON.`);
  }
  return [];
}

/** Rows of one table from the staging area into the table; a value the column cannot hold is named with its table. */
async function copyIn(client: pg.ClientBase, table: ArchivedTable, columns: string[]): Promise<void> {
  const unknown = columns.filter((column) => !table.columns.includes(column));
  if (unknown.length > 0) throw new ArchiveError(`The archive's ${table.name} has columns this version does not: ${unknown.join(", ")}.`);
  const target = columns.map(ident).join(", ");
  const values = columns.map((column) => (table.selfReferences.includes(column) ? "NULL" : `r.${ident(column)}`)).join(", ");
  const staged = `FROM archive_row a CROSS JOIN LATERAL jsonb_populate_record(NULL::${ident(table.name)}, a.line) r WHERE a.tbl = $1`;
  try {
    await client.query(`INSERT INTO ${ident(table.name)} (${target}) SELECT ${values} ${staged}`, [table.name]);
    const selfReferences = table.selfReferences.filter((column) => columns.includes(column));
    if (selfReferences.length > 0) {
      const set = selfReferences.map((column) => `${ident(column)} = r.${ident(column)}`).join(", ");
      const match = table.primaryKey.map((column) => `t.${ident(column)} = r.${ident(column)}`).join(" AND ");
      const anySet = selfReferences.map((column) => `r.${ident(column)} IS NOT NULL`).join(" OR ");
      await client.query(
        `UPDATE ${ident(table.name)} t SET ${set} FROM (SELECT r.* ${staged}) r WHERE ${match} AND (${anySet})`,
        [table.name],
      );
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(`The rows of ${table.name} do not fit this database: ${reason}.`);
  }
}

async function continueSequences(client: pg.ClientBase, table: ArchivedTable): Promise<void> {
  for (const column of table.sequenceColumns) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(max(${ident(column)}), 1), max(${ident(column)}) IS NOT NULL) FROM ${ident(table.name)}`,
      [ident(table.name), column],
    );
  }
}
