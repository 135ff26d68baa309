"use client";

import { useEffect, useId, useRef, useState } from "react";
import { CheckboxGroupField, TextField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { errorsFor, submittedValue, submittedValues, useFormAction } from "@/components/admin/form-state";
import { fill } from "@/components/admin/labels";
import type { FormAction } from "@/lib/http/form-state";
import type { createApiToken } from "@/lib/tokens/create-api-token";
import type { ResultOf } from "@/lib/use-case";
import { TOKEN_SCOPES } from "@/lib/vocabulary";
import type { TokenLabels } from "./token-labels";

/** A new token; its secret is in this form's state only, shown once and never sent again. */
export function CreateTokenForm({ action: create, labels, today }: { action: FormAction<ResultOf<typeof createApiToken>>; labels: TokenLabels; today: string }) {
  const [state, action] = useFormAction(create);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <TextField label={labels["admin.tokens.name"]} name="name" dir="auto" required hint={labels["admin.tokens.nameHint"]} defaultValue={submittedValue(state, "name")} errors={errorsFor(state, "name")} />
      <CheckboxGroupField
        label={labels["admin.tokens.scope"]}
        name="scopes"
        hint={labels["admin.tokens.scopeHint"]}
        options={TOKEN_SCOPES.map((scope) => ({ value: scope, label: labels[`admin.tokens.scope.${scope}`] }))}
        defaultValues={submittedValues(state, "scopes")}
        errors={errorsFor(state, "scopes")}
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

/**
 * Revokes a token once the admin confirms: every program using it stops at
 * once and it cannot be brought back, so one stray click must not do it. The
 * question takes focus on its safe answer, and Escape or "No" returns to the
 * revoke button.
 */
export function RevokeTokenForm<Result>({ action: revoke, token, labels }: { action: FormAction<Result>; token: { id: string; name: string }; labels: TokenLabels }) {
  const [state, action] = useFormAction(revoke);
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const revokeButton = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    if (!asking && answered.current) revokeButton.current?.focus();
  }, [asking]);
  const keep = () => {
    answered.current = true;
    setAsking(false);
  };

  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="tokenId" value={token.id} />
      {asking ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className="space-y-2 rounded border border-deny/40 bg-deny-soft p-2"
          onKeyDown={(event) => event.key === "Escape" && keep()}
        >
          <p id={questionId}>{fill(labels["admin.tokens.revokeQuestion"], { name: token.name })}</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton label={labels["admin.tokens.revokeConfirm"]} className="rounded bg-deny px-2 py-1 text-sm font-semibold text-white disabled:opacity-60" />
            <button type="button" autoFocus onClick={keep} className="rounded border border-stone-300 bg-white px-2 py-1 text-sm">
              {labels["admin.tokens.revokeCancel"]}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={revokeButton}
          type="button"
          aria-label={`${labels["admin.tokens.revoke"]}: ${token.name}`}
          onClick={() => setAsking(true)}
          className="rounded border border-deny px-2 py-1 text-sm text-deny"
        >
          {labels["admin.tokens.revoke"]}
        </button>
      )}
      <FormMessage state={state} success={labels["admin.tokens.revoked"]} />
    </form>
  );
}
