import type pg from "pg";
import { ARCHIVED_TABLES, UNARCHIVED_TABLES } from "./archive-tables";

export type ArchivedTable = {
  name: string;
  /** Stored columns in table order; generated columns are left out (the database computes them). */
  columns: string[];
  primaryKey: string[];
  /** Columns that reference this same table (a merge, an affiliation, a "carried from"): filled after every row is in. */
  selfReferences: string[];
  /** Columns filled from a sequence, reset after an import. */
  sequenceColumns: string[];
};

/** Quotes an identifier read from the catalog. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the current schema that the archive lists neither way. */
export async function unclassifiedTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const known = new Set<string>([...ARCHIVED_TABLES, ...Object.keys(UNARCHIVED_TABLES)]);
  return rows.map((row) => row.name).filter((name) => !known.has(name));
}

/**
 * The archived tables as the database describes them, in an order in which
 * each table comes after the tables it references (self-references aside),
 * ties broken by name so that two exports of the same data are identical.
 */
export async function archivedTables(client: pg.ClientBase): Promise<ArchivedTable[]> {
  const names = [...ARCHIVED_TABLES];
  const { rows: columns } = await client.query<{ table: string; column: string; generated: string; serial: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, a.attgenerated AS generated,
            pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL AS serial
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [names],
  );
  const { rows: keys } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE i.indisprimary AND n.nspname = current_schema() AND c.relname = ANY($1)
     GROUP BY c.relname`,
    [names],
  );
  const { rows: references } = await client.query<{ table: string; references: string; columns: string[] }>(
    `SELECT c.relname AS table, r.relname AS references,
            array(SELECT a.attname::text FROM unnest(f.conkey) AS k(attnum) JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
     FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE f.contype = 'f' AND n.nspname = current_schema() AND c.relname = ANY($1)`,
    [names],
  );

  const tables = new Map<string, ArchivedTable & { dependsOn: Set<string> }>();
  for (const name of names) {
    const own = columns.filter((column) => column.table === name);
    if (own.length === 0) throw new Error(`The archive lists table ${name}, which this database does not have: update lib/archive/archive-tables.ts.`);
    const primaryKey = keys.find((key) => key.table === name)?.columns;
    if (!primaryKey) throw new Error(`Table ${name} has no primary key, which the archive needs to order its rows.`);
    const outgoing = references.filter((reference) => reference.table === name);
    tables.set(name, {
      name,
      columns: own.filter((column) => column.generated === "").map((column) => column.column),
      primaryKey,
      selfReferences: outgoing.filter((reference) => reference.references === name).flatMap((reference) => reference.columns),
      sequenceColumns: own.filter((column) => column.serial).map((column) => column.column),
      dependsOn: new Set(outgoing.map((reference) => reference.references).filter((other) => other !== name)),
    });
  }

  const ordered: ArchivedTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.size) {
    const ready = [...tables.values()]
      .filter((table) => !placed.has(table.name) && [...table.dependsOn].every((other) => placed.has(other) || !tables.has(other)))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    if (ready.length === 0) throw new Error("The archived tables reference each other in a loop; the archive cannot order them.");
    const [next] = ready;
    const { dependsOn: _dependsOn, ...table } = next!;
    ordered.push(table);
    placed.add(table.name);
  }
  return ordered;
}
