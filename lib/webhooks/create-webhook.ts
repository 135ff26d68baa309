import { z } from "zod";
import { actorUserId } from "@/lib/auth/actor";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { optionalText, webhookEventsSchema } from "@/lib/validation/fields";
import { newWebhookSecret, publicWebhookSelect, webhookUrl } from "./webhook-fields";

export const createWebhookInput = z.object({
  url: webhookUrl,
  description: optionalText(500),
  events: webhookEventsSchema,
});

/** Registers a partner's address for the events it wants; its signing secret is returned this once. */
export const createWebhook = defineUseCase({
  action: "webhook.manage",
  input: createWebhookInput,
  async run({ actor, input, tx }) {
    const secret = newWebhookSecret();
    const webhook = await tx.webhook.create({ data: { ...input, secret, createdById: actorUserId(actor) }, select: publicWebhookSelect });
    await recordRevision(tx, actor, { entityType: "webhook", entityId: webhook.id, action: "create", after: webhook });
    return { webhook, secret };
  },
});
