"use server";

import { formAction } from "@/lib/http/form-action";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

const revalidate = ["/admin/webhooks"];

export const createWebhookAction = formAction(createWebhook, { revalidate });
export const updateWebhookAction = formAction(updateWebhook, { revalidate });
export const rotateWebhookSecretAction = formAction(rotateWebhookSecret, { revalidate });
export const deleteWebhookAction = formAction(deleteWebhook, { revalidate });
export const resendWebhookDeliveryAction = formAction(resendWebhookDelivery, { revalidate });
