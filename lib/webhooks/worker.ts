import PgBoss from "pg-boss";
import { reportDatabaseDown } from "@/lib/db/database-outage";
import { databaseTrouble } from "@/lib/db/database-trouble";
import { log } from "@/lib/runtime/log";
import { attemptDelivery, DEFAULT_DELIVERY_TIMEOUT_MS } from "./deliver-webhook";
import { DEFAULT_RETRY, DELIVERY_QUEUE, type DeliveryJob, type RetryPolicy } from "./webhook-queue";

export type WebhookWorkerOptions = {
  connectionString?: string;
  retry?: RetryPolicy;
  timeoutMs?: number;
  /** How often an idle worker looks for due deliveries (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Deliveries this process sends at once. */
  concurrency?: number;
};

export type WebhookWorker = { stop: () => Promise<void> };

/**
 * Sends queued deliveries from this process until stopped. Any number of
 * processes may run one on the same database: pg-boss hands each job to one
 * of them (SKIP LOCKED), retries a failed try with backoff, and its
 * maintenance puts a job back when the process sending it died, so a
 * delivery can arrive twice, always with the same `webhook-id`, but is never
 * lost. Sets the queue's retry policy, which jobs queued from then on take.
 */
export async function startWebhookWorker(options: WebhookWorkerOptions = {}): Promise<WebhookWorker> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const boss = new PgBoss({
    connectionString: options.connectionString ?? process.env.DATABASE_URL,
    max: 2,
    application_name: "isnad-webhooks",
    schedule: false,
  });
  // Its pollers fail every few seconds while the database is down: that is the outage's one line, not theirs.
  boss.on("error", (error) => (databaseTrouble(error) === "down" ? reportDatabaseDown(error) : log.error({ err: error }, "webhooks queue error")));
  await boss.start();
  // A try outlives its deadline only when the process hangs: then pg-boss expires it and tries again.
  await boss.updateQueue(DELIVERY_QUEUE, { name: DELIVERY_QUEUE, ...(options.retry ?? DEFAULT_RETRY), expireInSeconds: Math.ceil(timeoutMs / 1000) * 3 + 30 });
  for (let worker = 0; worker < (options.concurrency ?? 4); worker++) {
    await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const job of jobs) await attemptDelivery(job.data.deliveryId, { final: job.retryCount >= job.retryLimit, timeoutMs });
      },
    );
  }
  return { stop: () => boss.stop({ graceful: true, timeout: timeoutMs + 1000 }) };
}
