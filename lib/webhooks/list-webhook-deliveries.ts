import { z } from "zod";
import { db } from "@/lib/db/client";

/** What the admin sees of a delivery: its state and last response, not the payload. */
export const deliverySelect = {
  id: true,
  webhookId: true,
  event: true,
  status: true,
  attempts: true,
  lastAttemptAt: true,
  lastResponseStatus: true,
  lastResponseBody: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
  webhook: { select: { url: true } },
} as const;

const PAGE_SIZE = 50;

/** A page's position in the log: the last delivery shown (its time and id, so equal times still page). */
export const deliveryCursor = z
  .string()
  .regex(/^\d+_[0-9a-f-]{36}$/)
  .transform((value) => {
    const [time, id] = value.split("_") as [string, string];
    return { createdAt: new Date(Number(time)), id };
  });

/**
 * The delivery log, newest first, a page at a time: each page ends with the
 * cursor of the next (older) one, so every delivery can be reached however
 * long the log grows, with one indexed range read per page.
 */
export async function listWebhookDeliveries(options: { webhookId?: string; before?: z.output<typeof deliveryCursor> } = {}) {
  const { before, webhookId } = options;
  const rows = await db().webhookDelivery.findMany({
    where: {
      ...(webhookId ? { webhookId } : {}),
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: deliverySelect,
  });
  const deliveries = rows.slice(0, PAGE_SIZE);
  const last = deliveries.at(-1);
  return { deliveries, older: rows.length > PAGE_SIZE && last ? `${last.createdAt.getTime()}_${last.id}` : null };
}

export type DeliveryListEntry = Awaited<ReturnType<typeof listWebhookDeliveries>>["deliveries"][number];
