"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextAreaField, TextField } from "@/components/forms/field";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import type { TipReceipt } from "@/lib/tips/submit-tip";

type Labels = { text: string; textHint: string; url: string; website: string; submit: string; privacy: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The reader's "send us a claim" form. A refused send keeps what was typed;
 * a sent one goes to the tip's status page. The hidden `website` field is the
 * honeypot: people never see it, bots fill it in.
 */
export function TipForm({ action, labels }: { action: FormAction<TipReceipt>; labels: Labels }) {
  const [state, formAction] = useActionState(action, idleForm);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4" data-testid="tip-form">
      <FormMessage state={state} />
      <TextAreaField label={labels.text} name="text" hint={labels.textHint} rows={6} maxLength={5000} defaultValue={first(values?.text)} errors={errors.text} />
      <TextField label={labels.url} name="url" type="url" dir="ltr" inputMode="url" defaultValue={first(values?.url)} errors={errors.url} />
      <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
        <label>
          {labels.website}
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <p className="text-sm text-muted">{labels.privacy}</p>
      <SubmitButton label={labels.submit} />
    </form>
  );
}
