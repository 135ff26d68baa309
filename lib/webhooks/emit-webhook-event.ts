import type { Tx } from "@/lib/db/client";
import type { WebhookEvent } from "@/lib/vocabulary";
import { webhookPayload } from "./webhook-events";
import { enqueueDelivery } from "./webhook-queue";
import { snapshot } from "@/lib/revisions/record-revision";

/**
 * Tells every enabled webhook that wants `event`: one delivery each, logged
 * and queued in the transaction of the write that caused it, so an event is
 * sent exactly when that write is kept. Writes nothing when nobody listens.
 */
export async function emitWebhookEvent(tx: Tx, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const webhooks = await tx.webhook.findMany({ where: { disabledAt: null, events: { has: event } }, select: { id: true } });
  if (webhooks.length === 0) return;
  const payload = snapshot(webhookPayload(event, data));
  const deliveries = await tx.webhookDelivery.createManyAndReturn({
    data: webhooks.map((webhook) => ({ webhookId: webhook.id, event, payload })),
    select: { id: true },
  });
  for (const delivery of deliveries) await enqueueDelivery(tx, delivery.id);
}
