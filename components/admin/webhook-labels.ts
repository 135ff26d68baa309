import type { Labels } from "@/components/admin/labels";

/** The strings the webhooks page's client forms need (picked on the server). */
export const WEBHOOK_FORM_LABELS = [
  "admin.webhooks.url",
  "admin.webhooks.urlHint",
  "admin.webhooks.description",
  "admin.webhooks.descriptionHint",
  "admin.webhooks.events",
  "admin.webhooks.eventsHint",
  "admin.webhooks.event.claim_published",
  "admin.webhooks.event.verdict_changed",
  "admin.webhooks.event.correction_published",
  "admin.webhooks.event.tip_received",
  "admin.webhooks.create",
  "admin.webhooks.creating",
  "admin.webhooks.created",
  "admin.webhooks.secretOnce",
  "admin.webhooks.disable",
  "admin.webhooks.enable",
  "admin.webhooks.rotate",
  "admin.webhooks.rotated",
  "admin.webhooks.delete",
  "admin.webhooks.deleteQuestion",
  "admin.webhooks.deleteConfirm",
  "admin.webhooks.deleteCancel",
  "admin.webhooks.saved",
  "admin.webhooks.resend",
  "admin.webhooks.resent",
] as const;

export type WebhookLabels = Labels<(typeof WEBHOOK_FORM_LABELS)[number]>;
