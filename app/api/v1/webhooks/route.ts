import { authorize } from "@/lib/auth/actor";
import { apiMutation, apiRoute } from "@/lib/http/api-route";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

/** GET: every webhook (never a secret). */
export const GET = apiRoute(async ({ actor }) => {
  authorize(actor, "webhook.manage");
  return { webhooks: await listWebhooks() };
});

/** POST: a new webhook; the answer holds its signing secret, this once (201). */
export const POST = apiMutation(createWebhook, { status: 201 });
