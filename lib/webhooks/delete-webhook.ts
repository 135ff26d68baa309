import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { publicWebhookSelect, webhookNotFound } from "./webhook-fields";

export const deleteWebhookInput = z.object({ webhookId: id });

/**
 * Removes a webhook and its delivery log; jobs still queued for it find no
 * delivery and end without sending. The revision keeps what it was.
 */
export const deleteWebhook = defineUseCase({
  action: "webhook.manage",
  input: deleteWebhookInput,
  async run({ actor, input, tx }) {
    const before = await tx.webhook.findUnique({ where: { id: input.webhookId }, select: publicWebhookSelect });
    if (!before) throw webhookNotFound();
    await tx.webhook.delete({ where: { id: input.webhookId } });
    await recordRevision(tx, actor, { entityType: "webhook", entityId: before.id, action: "delete", before });
    return before;
  },
});
