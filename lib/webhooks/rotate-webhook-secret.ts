import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { newWebhookSecret, publicWebhookSelect, webhookNotFound } from "./webhook-fields";

export const rotateWebhookSecretInput = z.object({ webhookId: id });

/**
 * A new signing secret, returned this once; the old one stops verifying at
 * once (retries of earlier deliveries are signed with the new one).
 */
export const rotateWebhookSecret = defineUseCase({
  action: "webhook.manage",
  input: rotateWebhookSecretInput,
  async run({ actor, input, tx }) {
    const before = await tx.webhook.findUnique({ where: { id: input.webhookId }, select: publicWebhookSelect });
    if (!before) throw webhookNotFound();
    const secret = newWebhookSecret();
    const webhook = await tx.webhook.update({ where: { id: input.webhookId }, data: { secret }, select: publicWebhookSelect });
    // The secret itself is never in a revision: the record says when it changed.
    await recordRevision(tx, actor, { entityType: "webhook", entityId: webhook.id, action: "rotateSecret", before, after: webhook });
    return { webhook, secret };
  },
});
