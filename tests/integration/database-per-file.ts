/**
 * Gives each test file its own database, copied from the migrated template
 * (global-setup.ts), so files can run in parallel and leave nothing behind.
 * Runs before the test file's imports: modules that read DATABASE_URL when
 * loaded (the Prisma client) see this file's database.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const { templateDatabase, ...server } = inject("testDatabaseServer");
const database = `t_${randomBytes(6).toString("hex")}`;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ ...server, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await onServer(`CREATE DATABASE "${database}" TEMPLATE "${templateDatabase}"`);
process.env.DATABASE_URL = `postgresql://${server.user}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`;

// FORCE: a test that forgot to close its connections must not keep the database alive.
afterAll(() => onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
