import { createHash } from "node:crypto";
import type pg from "pg";
import { archivedTables, ident, unclassifiedTables, type ArchivedTable } from "./archive-catalog";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveHeader, type ArchiveManifest, type ArchiveSection } from "./archive-format";
import { SECRET_COLUMNS } from "./archive-tables";

const BATCH_ROWS = 2_000;

/** The row as the database's own JSON, without generated columns and with secrets replaced. */
function rowExpression(table: ArchivedTable, generated: string[]): string {
  let expression = generated.length > 0 ? `(to_jsonb(t) - ARRAY[${generated.map((name) => `'${name}'`).join(", ")}]::text[])` : "to_jsonb(t)";
  const secrets = Object.entries(SECRET_COLUMNS[table.name] ?? {});
  if (secrets.length > 0) {
    expression += ` || jsonb_build_object(${secrets.map(([column, replacement]) => `'${column}', ${replacement}`).join(", ")})`;
  }
  return expression;
}

/**
 * The whole newsroom as archive lines (archive-format.ts), read from one
 * snapshot so that what references what stays consistent while the desk
 * keeps writing. Rows are read in primary-key batches (keyset), so memory
 * stays flat whatever the archive's size. Refuses to run while a table is
 * neither archived nor left out on purpose: nothing may be lost unnoticed.
 */
export async function* exportArchive(client: pg.ClientBase): AsyncGenerator<string> {
  const { rows: schema } = await client.query<{ migrated: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS migrated`);
  if (!schema[0]!.migrated) throw new Error("This database holds no Isnad schema yet (start the app once, or run npm run db:migrate): there is nothing to export.");
  const unclassified = await unclassifiedTables(client);
  if (unclassified.length > 0) {
    throw new Error(`Tables the archive does not know: ${unclassified.join(", ")}. List each in lib/archive/archive-tables.ts (archived, or left out with a reason).`);
  }
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  let open = true;
  try {
    const tables = await archivedTables(client);
    const { rows: migrations } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const counts: ArchiveHeader["tables"] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${ident(table.name)}`);
      counts.push({ table: table.name, rows: Number(rows[0]!.count) });
    }
    const header: ArchiveHeader = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, migrations: migrations.map((row) => row.name), tables: counts };
    yield `${JSON.stringify(header)}\n`;

    const manifest: ArchiveManifest["manifest"]["tables"] = [];
    for (const [index, table] of tables.entries()) {
      const rows = counts[index]!.rows;
      const section: ArchiveSection = { table: table.name, columns: table.columns, rows };
      yield `${JSON.stringify(section)}\n`;
      const checksum = createHash("sha256");
      let written = 0;
      for await (const batch of tableRows(client, table)) {
        checksum.update(batch.text);
        written += batch.rows;
        yield batch.text;
      }
      // The snapshot makes this impossible unless the catalog lied; checked because a short section would misread the rest.
      if (written !== rows) throw new Error(`Table ${table.name}: counted ${rows} rows but read ${written}.`);
      manifest.push({ table: table.name, rows, sha256: checksum.digest("hex") });
    }
    yield `${JSON.stringify({ manifest: { tables: manifest } } satisfies ArchiveManifest)}\n`;
    await client.query("COMMIT");
    open = false;
  } finally {
    // Also where a consumer that stops early (a cancelled download) ends the generator.
    if (open) await client.query("ROLLBACK").catch(() => {});
  }
}

async function* tableRows(client: pg.ClientBase, table: ArchivedTable): AsyncGenerator<{ text: string; rows: number }> {
  const { rows: generatedColumns } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attgenerated <> '' AND NOT attisdropped`,
    [ident(table.name)],
  );
  const key = table.primaryKey.map((column) => `t.${ident(column)}`).join(", ");
  const keyText = table.primaryKey.map((column, index) => `t.${ident(column)}::text AS k${index}`).join(", ");
  const select = `SELECT (${rowExpression(table, generatedColumns.map((column) => column.name))})::text AS line, ${keyText} FROM ${ident(table.name)} t`;
  const after = `WHERE (${key}) > (${table.primaryKey.map((_, index) => `$${index + 1}`).join(", ")})`;
  let last: string[] | null = null;
  for (;;) {
    const result: pg.QueryResult<Record<string, string>> = await client.query(
      `${select} ${last ? after : ""} ORDER BY ${key} LIMIT ${BATCH_ROWS}`,
      last ?? [],
    );
    if (result.rows.length === 0) return;
    yield { text: result.rows.map((row) => `${row.line}\n`).join(""), rows: result.rows.length };
    const final = result.rows.at(-1)!;
    last = table.primaryKey.map((_, index) => final[`k${index}`]!);
    if (result.rows.length < BATCH_ROWS) return;
  }
}
