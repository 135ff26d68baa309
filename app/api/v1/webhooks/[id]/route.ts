import { apiMutation } from "@/lib/http/api-route";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";

/** DELETE: removes the webhook and its delivery log (body `{}`). */
export const DELETE = apiMutation(deleteWebhook, { fromParams: ({ id }: { id: string }) => ({ webhookId: id }) });
