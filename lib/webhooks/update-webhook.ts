import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id, optionalText, webhookEventsSchema } from "@/lib/validation/fields";
import { publicWebhookSelect, webhookNotFound, webhookUrl } from "./webhook-fields";

export const updateWebhookInput = z.object({
  webhookId: id,
  url: webhookUrl.optional(),
  description: optionalText(500),
  events: webhookEventsSchema.optional(),
  // A form's hidden field says "true" or "false"; JSON says true or false.
  enabled: z.union([z.boolean(), z.stringbool()]).optional(),
});

/**
 * Changes a webhook's address, description or events, or turns it off and on.
 * A disabled webhook is sent nothing new, and what was still queued for it
 * fails instead of being sent; its log stays.
 */
export const updateWebhook = defineUseCase({
  action: "webhook.manage",
  input: updateWebhookInput,
  async run({ actor, input, tx }) {
    const before = await tx.webhook.findUnique({ where: { id: input.webhookId }, select: publicWebhookSelect });
    if (!before) throw webhookNotFound();
    const { webhookId, enabled, ...fields } = input;
    const disabledAt = enabled === undefined ? before.disabledAt : enabled ? null : (before.disabledAt ?? new Date());
    const after = await tx.webhook.update({ where: { id: webhookId }, data: { ...fields, disabledAt }, select: publicWebhookSelect });
    const action = enabled === undefined || Boolean(before.disabledAt) === !enabled ? "update" : enabled ? "enable" : "disable";
    await recordRevision(tx, actor, { entityType: "webhook", entityId: webhookId, action, before, after });
    return after;
  },
});
