import type { Metadata } from "next";
import Link from "next/link";
import { pickLabels } from "@/components/admin/labels";
import { AdminSection } from "@/components/admin/admin-section";
import { AdminTable } from "@/components/admin/admin-table";
import { CreateWebhookForm, DeleteWebhookForm, ResendDeliveryForm, RotateSecretForm, WebhookStateForm } from "@/components/admin/webhook-forms";
import { WEBHOOK_FORM_LABELS } from "@/components/admin/webhook-labels";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { deliveryCursor, listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { createWebhookAction, deleteWebhookAction, resendWebhookDeliveryAction, rotateWebhookSecretAction, updateWebhookAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.webhooks.title") };
}

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ older?: string | string[] }> }) {
  await requirePermission("webhook.manage", "/admin/webhooks");
  const { t, prefs } = await getI18n();
  const older = deliveryCursor.safeParse((await searchParams).older);
  const [webhooks, log] = await Promise.all([listWebhooks(), listWebhookDeliveries({ before: older.success ? older.data : undefined })]);
  const labels = pickLabels(t, WEBHOOK_FORM_LABELS);
  const when = (date: Date) => formatClaimTime(date, "exact", prefs);
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("admin.webhooks.title")}</h1>
        <p className="text-muted">{t("admin.webhooks.intro")}</p>
      </div>

      <AdminSection id="webhooks-list" title={t("admin.webhooks.list")}>
        {webhooks.length === 0 ? (
          <p>{t("admin.webhooks.empty")}</p>
        ) : (
          <AdminTable
            columns={{ url: t("admin.webhooks.url"), events: t("admin.webhooks.events"), state: t("admin.webhooks.state"), actions: "" }}
            rows={webhooks.map((webhook) => ({
              key: webhook.id,
              id: `webhook-${webhook.id}`,
              testId: "webhook-row",
              cells: {
                url: (
                  <>
                    <code dir="ltr" className="block break-all font-mono text-xs">
                      {webhook.url}
                    </code>
                    {webhook.description && <bdi className="block">{webhook.description}</bdi>}
                    <span className="block text-xs text-muted">
                      {webhook.createdBy && <bdi>{webhook.createdBy.name}</bdi>} {formatClaimTime(webhook.createdAt, "day", prefs)}
                    </span>
                  </>
                ),
                events: (
                  <ul>
                    {webhook.events.map((event) => (
                      <li key={event}>{t(`admin.webhooks.event.${event}`)}</li>
                    ))}
                  </ul>
                ),
                state: <span data-testid="webhook-state">{t(webhook.disabledAt ? "admin.webhooks.state.disabled" : "admin.webhooks.state.active")}</span>,
                actions: (
                  <div className="space-y-2">
                    <WebhookStateForm action={updateWebhookAction} webhookId={webhook.id} enabled={!webhook.disabledAt} labels={labels} />
                    <RotateSecretForm action={rotateWebhookSecretAction} webhookId={webhook.id} labels={labels} />
                    <DeleteWebhookForm action={deleteWebhookAction} webhook={webhook} labels={labels} />
                  </div>
                ),
              },
            }))}
          />
        )}
      </AdminSection>

      <AdminSection id="webhooks-deliveries" title={t("admin.webhooks.deliveries")}>
        {log.deliveries.length === 0 ? (
          <p>{t("admin.webhooks.deliveriesEmpty")}</p>
        ) : (
          <AdminTable
            columns={{
              event: t("admin.webhooks.delivery.event"),
              when: t("admin.webhooks.delivery.when"),
              status: t("admin.webhooks.delivery.status"),
              attempts: t("admin.webhooks.delivery.attempts"),
              response: t("admin.webhooks.delivery.response"),
            }}
            rows={log.deliveries.map((delivery) => ({
              key: delivery.id,
              testId: "delivery-row",
              cells: {
                event: (
                  <>
                    <span className="block font-semibold">{t(`admin.webhooks.event.${delivery.event}`)}</span>
                    <code dir="ltr" className="block break-all font-mono text-xs text-muted">
                      {delivery.webhook.url}
                    </code>
                    <code dir="ltr" className="block font-mono text-xs text-muted" title="webhook-id">
                      {delivery.id}
                    </code>
                  </>
                ),
                when: when(delivery.createdAt),
                status: (
                  <div className="space-y-2">
                    <p data-testid="delivery-status">{t(`admin.webhooks.delivery.status.${delivery.status}`)}</p>
                    {delivery.status === "failed" && <ResendDeliveryForm action={resendWebhookDeliveryAction} deliveryId={delivery.id} labels={labels} />}
                  </div>
                ),
                attempts: <span data-testid="delivery-attempts">{delivery.attempts}</span>,
                response: (
                  <div dir="ltr" className="text-start text-xs">
                    {delivery.lastResponseStatus !== null ? (
                      <p className="font-mono font-semibold">{delivery.lastResponseStatus}</p>
                    ) : (
                      <p dir="auto">{t("admin.webhooks.delivery.noResponse")}</p>
                    )}
                    {(delivery.lastResponseBody || delivery.lastError) && <p className="break-all font-mono text-muted">{delivery.lastResponseBody || delivery.lastError}</p>}
                    {delivery.lastAttemptAt && <p dir="auto" className="text-muted">{when(delivery.lastAttemptAt)}</p>}
                  </div>
                ),
              },
            }))}
          />
        )}
        {log.older && (
          <p className="mt-3">
            <Link href={`/admin/webhooks?older=${log.older}#webhooks-deliveries`}>{t("admin.webhooks.olderDeliveries")}</Link>
          </p>
        )}
      </AdminSection>

      <AdminSection id="webhooks-new" title={t("admin.webhooks.new")}>
        <CreateWebhookForm action={createWebhookAction} labels={labels} />
      </AdminSection>
    </div>
  );
}
