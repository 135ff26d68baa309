import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * The e2e server's own database (the embedded Postgres `npm start` runs for
 * this data folder), for data no form would let through: what an import or
 * a direct write could leave behind.
 */
export async function withE2eDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const dataDir = process.env.ISNAD_E2E_DATA_DIR!;
  const { databasePassword } = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { databasePassword: string };
  const client = new pg.Client({
    host: "127.0.0.1",
    port: Number(process.env.ISNAD_E2E_PORT ?? 3100) + 20_000,
    user: "isnad",
    password: databasePassword,
    database: "isnad",
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Inserts a row and returns its id (gen_random_uuid unless the row gives one). */
export async function insertRow(client: pg.Client, table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const { rows } = await client.query(
    `INSERT INTO "${table}" (id, ${columns.map((column) => `"${column}"`).join(", ")})
     VALUES (gen_random_uuid(), ${columns.map((_, index) => `$${index + 1}`).join(", ")}) RETURNING id`,
    Object.values(row),
  );
  return rows[0].id;
}
