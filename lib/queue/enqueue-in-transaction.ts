import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/client";

// Only ever handed a transaction: sending through it is what makes a job
// part of the write that caused it. It never connects by itself.
const refuseOwnConnection: PgBoss.Db = {
  executeSql: () => Promise.reject(new Error("jobs are enqueued inside the write's transaction")),
};
let sender: PgBoss | undefined;

/**
 * The transaction as pg-boss's `db`: its statements run on the write's own
 * connection, so the job commits, or rolls back, with the write. Prisma takes
 * positional values; pg-boss's JSON values go as text for their ::jsonb casts.
 */
function inTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const parameters = values.map((value: unknown) =>
        value === undefined ? null : typeof value === "object" && value !== null && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...parameters) };
    },
  };
}

/**
 * Queues one job on a pg-boss queue (one a migration created, in schema
 * pgboss) in the caller's transaction: done once that commits, never if it rolls back.
 */
export async function enqueueInTransaction(tx: Tx, queue: string, data: object): Promise<void> {
  sender ??= new PgBoss({ db: refuseOwnConnection, supervise: false, schedule: false, migrate: false });
  await sender.send(queue, data, { db: inTransaction(tx) });
}
