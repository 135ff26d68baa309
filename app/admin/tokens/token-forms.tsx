"use client";

import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { errorsFor, submittedValue, useFormAction } from "@/components/admin/form-state";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import type { TokenLabels } from "./token-labels";

/** A new token; its secret is in this form's state only, shown once and never sent again. */
export function CreateTokenForm({ labels, today }: { labels: TokenLabels; today: string }) {
  const [state, action] = useFormAction(createApiTokenAction);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <TextField label={labels["admin.tokens.name"]} name="name" dir="auto" required hint={labels["admin.tokens.nameHint"]} defaultValue={submittedValue(state, "name")} errors={errorsFor(state, "name")} />
      <SelectField
        label={labels["admin.tokens.scope"]}
        name="scope"
        options={[
          { value: "read", label: labels["admin.tokens.scopeRead"] },
          { value: "write", label: labels["admin.tokens.scopeWrite"] },
        ]}
        defaultValue={submittedValue(state, "scope") ?? "read"}
        errors={errorsFor(state, "scope")}
      />
      <TextField
        label={labels["admin.tokens.expiresAt"]}
        name="expiresAt"
        type="date"
        min={today}
        dir="ltr"
        hint={labels["admin.tokens.expiresAtHint"]}
        defaultValue={submittedValue(state, "expiresAt")}
        errors={errorsFor(state, "expiresAt")}
      />
      <FormMessage state={state} />
      {state.status === "ok" && (
        <div role="status" className="space-y-2 rounded border border-accent/40 bg-accent-soft p-3" data-testid="token-secret">
          <p className="font-semibold">{labels["admin.tokens.created"]}</p>
          <p>{labels["admin.tokens.secretOnce"]}</p>
          <code dir="ltr" className="block break-all rounded bg-white p-2 font-mono select-all">
            {state.result.secret}
          </code>
          <p className="text-sm">
            {labels["admin.tokens.usage"]}{" "}
            <code dir="ltr" className="font-mono">
              Authorization: Bearer {state.result.token.prefix}…
            </code>
          </p>
        </div>
      )}
      <SubmitButton label={labels["admin.tokens.create"]} pendingLabel={labels["admin.tokens.creating"]} />
    </form>
  );
}

export function RevokeTokenForm({ token, labels }: { token: { id: string; name: string }; labels: TokenLabels }) {
  const [state, action] = useFormAction(revokeApiTokenAction);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" aria-label={`${labels["admin.tokens.revoke"]}: ${token.name}`} className="rounded border border-deny px-2 py-1 text-sm text-deny">
        {labels["admin.tokens.revoke"]}
      </button>
      <FormMessage state={state} success={labels["admin.tokens.revoked"]} />
    </form>
  );
}
