import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/client";

/** The pg-boss queue of deliveries (created by migration 20261207140800_webhooks, in schema pgboss). */
export const DELIVERY_QUEUE = "webhook-delivery";

/** What a queued job carries: the delivery row says the rest, so a retry sends the same event again. */
export type DeliveryJob = { deliveryId: string };

/**
 * How a failed delivery is tried again: pg-boss waits retryDelay × 2^n seconds
 * (with jitter) before try n+1. The defaults give a receiver about four hours
 * to come back before a delivery is marked failed, 11 tries in all; the admin
 * can then send it again.
 */
export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 10, retryDelay: 15, retryBackoff: true };

// Only ever handed a transaction: sending through it is what makes an event
// part of the write that caused it. It never connects by itself.
const refuseOwnConnection: PgBoss.Db = {
  executeSql: () => Promise.reject(new Error("webhook deliveries are enqueued inside the write's transaction")),
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

/** Queues one delivery in the caller's transaction: sent once that commits, never if it rolls back. */
export async function enqueueDelivery(tx: Tx, deliveryId: string): Promise<void> {
  sender ??= new PgBoss({ db: refuseOwnConnection, supervise: false, schedule: false, migrate: false });
  const job: DeliveryJob = { deliveryId };
  await sender.send(DELIVERY_QUEUE, job, { db: inTransaction(tx) });
}
