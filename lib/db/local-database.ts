import path from "node:path";
import pg from "pg";
import { dataDir, localSecrets } from "@/lib/runtime/data-dir";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type LocalDatabase = {
  url: string;
  /** Stops the server if this process started it; leaves a running app's server alone. */
  stop: () => Promise<void>;
};

/**
 * The database a command-line tool should use: DATABASE_URL when set, else
 * the embedded PostgreSQL in the data folder. When the app is running it
 * already serves that folder (a second server could not start on it), so a
 * server that answers on ISNAD_DB_PORT with the stored password is used as
 * it is; only when nothing answers is one started, and stopped afterwards.
 */
export async function openLocalDatabase(): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const port = Number(process.env.ISNAD_DB_PORT ?? 54329);
  const password = localSecrets().databasePassword;
  // The user and database names startEmbeddedPostgres uses.
  const runningUrl = `postgresql://isnad:${encodeURIComponent(password)}@127.0.0.1:${port}/isnad`;
  if (await acceptsConnections(runningUrl)) return { url: runningUrl, stop: async () => {} };
  const server = await startEmbeddedPostgres({ clusterDir: path.join(dataDir(), "pg"), port, password });
  return { url: server.url, stop: server.stop };
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
