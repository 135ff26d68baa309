import type { Tx } from "@/lib/db/client";
import { enqueueInTransaction } from "@/lib/queue/enqueue-in-transaction";

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

/** Queues one delivery in the caller's transaction: sent once that commits, never if it rolls back. */
export async function enqueueDelivery(tx: Tx, deliveryId: string): Promise<void> {
  const job: DeliveryJob = { deliveryId };
  await enqueueInTransaction(tx, DELIVERY_QUEUE, job);
}
