import type { WebhookEvent } from "@/lib/vocabulary";

/**
 * The `type` of an event's payload, as Standard Webhooks names events
 * (`claim.published`): the vocabulary's value with a dot.
 */
export const eventType = (event: WebhookEvent) => event.replace("_", ".");

/** The JSON body of a delivery, the same bytes on every attempt (Standard Webhooks' payload structure). */
export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };

export function webhookPayload(event: WebhookEvent, data: Record<string, unknown>, now = new Date()): WebhookPayload {
  return { type: eventType(event), timestamp: now.toISOString(), data };
}

