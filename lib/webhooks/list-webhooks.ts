import { db } from "@/lib/db/client";
import { publicWebhookSelect } from "./webhook-fields";

/** Every webhook for the admin's list, active ones first, newest first; never their secrets. */
export function listWebhooks() {
  return db().webhook.findMany({ select: publicWebhookSelect, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }] });
}

export type WebhookListEntry = Awaited<ReturnType<typeof listWebhooks>>[number];
