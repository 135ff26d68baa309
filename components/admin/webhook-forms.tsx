"use client";

import { useState } from "react";
import { CheckboxGroupField, TextField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { errorsFor, submittedValue, submittedValues, useFormAction } from "@/components/admin/form-state";
import type { FormAction } from "@/lib/http/form-state";
import { WEBHOOK_EVENTS } from "@/lib/vocabulary";
import type { WebhookLabels } from "./webhook-labels";

/** A secret the admin sees this once, to copy into the partner's program. */
function ShownSecret({ secret, heading, note }: { secret: string; heading: string; note: string }) {
  return (
    <div role="status" className="space-y-2 rounded border border-accent/40 bg-accent-soft p-3" data-testid="webhook-secret">
      <p className="font-semibold">{heading}</p>
      <p>{note}</p>
      <code dir="ltr" className="block break-all rounded bg-white p-2 font-mono select-all">
        {secret}
      </code>
    </div>
  );
}

/** A new webhook; its secret is in this form's state only, shown once and never sent again. */
export function CreateWebhookForm<Result extends { secret: string }>({ action: create, labels }: { action: FormAction<Result>; labels: WebhookLabels }) {
  const [state, action] = useFormAction(create);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <TextField
        label={labels["admin.webhooks.url"]}
        name="url"
        type="url"
        dir="ltr"
        required
        placeholder="https://"
        hint={labels["admin.webhooks.urlHint"]}
        defaultValue={submittedValue(state, "url")}
        errors={errorsFor(state, "url")}
      />
      <TextField
        label={labels["admin.webhooks.description"]}
        name="description"
        dir="auto"
        hint={labels["admin.webhooks.descriptionHint"]}
        defaultValue={submittedValue(state, "description")}
        errors={errorsFor(state, "description")}
      />
      <CheckboxGroupField
        label={labels["admin.webhooks.events"]}
        name="events"
        hint={labels["admin.webhooks.eventsHint"]}
        options={WEBHOOK_EVENTS.map((event) => ({ value: event, label: labels[`admin.webhooks.event.${event}`] }))}
        defaultValues={submittedValues(state, "events")}
        errors={errorsFor(state, "events")}
      />
      <FormMessage state={state} />
      {state.status === "ok" && <ShownSecret secret={state.result.secret} heading={labels["admin.webhooks.created"]} note={labels["admin.webhooks.secretOnce"]} />}
      <SubmitButton label={labels["admin.webhooks.create"]} pendingLabel={labels["admin.webhooks.creating"]} />
    </form>
  );
}

const smallButton = "rounded border border-stone-300 bg-white px-2 py-1 text-sm disabled:opacity-60";

/** Turns a webhook off or on again. */
export function WebhookStateForm<Result>({ action: update, webhookId, enabled, labels }: { action: FormAction<Result>; webhookId: string; enabled: boolean; labels: WebhookLabels }) {
  const [state, action] = useFormAction(update);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="webhookId" value={webhookId} />
      <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
      <SubmitButton label={enabled ? labels["admin.webhooks.disable"] : labels["admin.webhooks.enable"]} className={smallButton} />
      <FormMessage state={state} />
    </form>
  );
}

/** A new signing secret, shown once. */
export function RotateSecretForm<Result extends { secret: string }>({ action: rotate, webhookId, labels }: { action: FormAction<Result>; webhookId: string; labels: WebhookLabels }) {
  const [state, action] = useFormAction(rotate);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="webhookId" value={webhookId} />
      <SubmitButton label={labels["admin.webhooks.rotate"]} className={smallButton} />
      <FormMessage state={state} />
      {state.status === "ok" && <ShownSecret secret={state.result.secret} heading={labels["admin.webhooks.rotate"]} note={labels["admin.webhooks.rotated"]} />}
    </form>
  );
}

/** Deletes a webhook once the admin confirms: its log goes with it. */
export function DeleteWebhookForm<Result>({ action: remove, webhook, labels }: { action: FormAction<Result>; webhook: { id: string; url: string }; labels: WebhookLabels }) {
  const [state, action] = useFormAction(remove);
  const [asking, setAsking] = useState(false);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="webhookId" value={webhook.id} />
      {asking ? (
        <div role="group" aria-label={labels["admin.webhooks.delete"]} className="space-y-2 rounded border border-deny/40 bg-deny-soft p-2" onKeyDown={(event) => event.key === "Escape" && setAsking(false)}>
          <p>
            {labels["admin.webhooks.deleteQuestion"]}{" "}
            <bdi dir="ltr" className="font-mono text-xs">
              {webhook.url}
            </bdi>
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton label={labels["admin.webhooks.deleteConfirm"]} className="rounded bg-deny px-2 py-1 text-sm font-semibold text-white disabled:opacity-60" />
            <button type="button" autoFocus onClick={() => setAsking(false)} className={smallButton}>
              {labels["admin.webhooks.deleteCancel"]}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)} className="rounded border border-deny px-2 py-1 text-sm text-deny">
          {labels["admin.webhooks.delete"]}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}

/** Sends a failed delivery again, with the same webhook-id. */
export function ResendDeliveryForm<Result>({ action: resend, deliveryId, labels }: { action: FormAction<Result>; deliveryId: string; labels: WebhookLabels }) {
  const [state, action] = useFormAction(resend);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <SubmitButton label={labels["admin.webhooks.resend"]} className={smallButton} />
      <FormMessage state={state} success={labels["admin.webhooks.resent"]} />
    </form>
  );
}
