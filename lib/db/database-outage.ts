import pg from "pg";
import { log } from "@/lib/runtime/log";

export type DatabaseOutage = { since: Date; refused: number; reason: string };

/**
 * The outage this process has noticed, if any. On globalThis: the production
 * server (which answers 503 while it lasts) and Next's bundles load this
 * module separately but must see one outage.
 */
const shared = globalThis as unknown as { isnadDatabaseOutage?: { current: DatabaseOutage | null } };
const state = (shared.isnadDatabaseOutage ??= { current: null });

/** How often an outage's end is looked for. */
const PROBE_INTERVAL_MS = Number(process.env.ISNAD_DB_PROBE_MS ?? 500);

export function databaseOutage(): Readonly<DatabaseOutage> | null {
  return state.current;
}

/** One more request answered 503 while the outage lasts (counted in its closing log line). */
export function noteRefusedDuringOutage(): void {
  if (state.current) state.current.refused++;
}

/**
 * Something found the database unreachable. The first report of an outage
 * writes its one log line and starts looking for its end; the others are
 * only counted (a request each), so an outage under load is two lines, not a
 * stack per request.
 */
export function reportDatabaseDown(error: unknown): void {
  if (state.current) {
    state.current.refused++;
    return;
  }
  const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1)!.trim() : String(error);
  state.current = { since: new Date(), refused: 1, reason };
  log.error({ event: "database.down", reason }, "the database is unreachable: answering 503 until it is back");
  void watchForReturn(state.current);
}

async function watchForReturn(outage: DatabaseOutage): Promise<void> {
  while (state.current === outage && !(await databaseAnswers())) await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  reportDatabaseUp();
}

/** The database answered (the probe, or the health check's own query): the outage, if any, is over. */
export function reportDatabaseUp(): void {
  const outage = state.current;
  if (!outage) return;
  state.current = null;
  log.info({ event: "database.up", downForMs: Date.now() - outage.since.getTime(), refused: outage.refused }, "the database answers again");
}

/** A fresh connection's SELECT 1, outside the pool (whose connections may be the broken ones). */
export async function databaseAnswers(connectionString = process.env.DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {}); // a server going away mid-probe is an answer too: not yet
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
