import { z } from "zod";

/**
 * A newsroom archive is JSON Lines:
 *
 *   {"format":"isnad-archive","version":1,"migrations":[…],"tables":[{"table":"User","rows":3},…]}
 *   {"table":"User","columns":["id",…],"rows":3}      one section per table, in dependency order,
 *   {"id":"…","name":"…",…}                            then its rows as the database's own JSON, by primary key
 *   …
 *   {"manifest":{"tables":[{"table":"User","rows":3,"sha256":"…"},…]}}
 *
 * Each section announces its row count, so a reader never has to guess
 * whether a line is a row; the manifest's checksum covers a section's row
 * lines with their line breaks. No timestamp: the same data exports to the
 * same bytes.
 */
export const ARCHIVE_FORMAT = "isnad-archive";
export const ARCHIVE_VERSION = 1;

const tableName = z.string().min(1).max(63);
const rowCount = z.number().int().nonnegative();

export const archiveHeader = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  /** The migrations the exporting database had applied, in order. */
  migrations: z.array(z.string()),
  tables: z.array(z.object({ table: tableName, rows: rowCount })),
});
export type ArchiveHeader = z.infer<typeof archiveHeader>;

export const archiveSection = z.object({
  table: tableName,
  columns: z.array(z.string().min(1).max(63)).min(1),
  rows: rowCount,
});
export type ArchiveSection = z.infer<typeof archiveSection>;

export const archiveManifest = z.object({
  manifest: z.object({
    tables: z.array(z.object({ table: tableName, rows: rowCount, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  }),
});
export type ArchiveManifest = z.infer<typeof archiveManifest>;
