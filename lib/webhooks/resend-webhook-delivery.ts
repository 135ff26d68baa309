import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { deliverySelect } from "./list-webhook-deliveries";
import { enqueueDelivery } from "./webhook-queue";

export const resendWebhookDeliveryInput = z.object({ deliveryId: id });

/**
 * Queues a failed delivery again, from its first try: the same event, the
 * same `webhook-id`, so a receiver that did get it after all can drop it.
 */
export const resendWebhookDelivery = defineUseCase({
  action: "webhook.manage",
  input: resendWebhookDeliveryInput,
  async run({ actor, input, tx }) {
    const before = await tx.webhookDelivery.findUnique({ where: { id: input.deliveryId }, select: deliverySelect });
    if (!before) throw notFound("delivery");
    if (before.status !== "failed") throw new AppError(409, "admin.webhooks.notFailed");
    const after = await tx.webhookDelivery.update({ where: { id: before.id }, data: { status: "pending" }, select: deliverySelect });
    await enqueueDelivery(tx, after.id);
    await recordRevision(tx, actor, { entityType: "webhook", entityId: after.webhookId, action: "resend", before, after });
    return after;
  },
});
