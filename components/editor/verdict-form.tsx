"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Evidence = { url: string; archivedUrl: string; title: string; note: string };
const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";

/** The newsroom's verdict on a claim, its reasoning, and the evidence behind it. */
export function VerdictForm({
  claimId,
  version,
  initial,
  levels,
  action,
  messages,
}: {
  claimId: string;
  version: number;
  initial: { verdictId: string; verdictReasoning: string; evidence: Evidence[] };
  levels: { id: string; label: string }[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  messages: ClientMessages;
}) {
  const t = clientTranslator(messages);
  const [state, formAction] = useActionState(action, idleForm);
  const [value, setValue] = useState(initial);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const patchEvidence = (index: number, change: Partial<Evidence>) =>
    setValue({ ...value, evidence: value.evidence.map((item, i) => (i === index ? { ...item, ...change } : item)) });

  return (
    <form action={formAction} className="space-y-4" data-testid="verdict-form">
      <input type="hidden" name="payload" value={JSON.stringify({ claimId, version, ...value })} />
      <FormMessage state={state} />
      <Field label={t("editor.verdict.level")} name="verdictId" errors={errors.verdictId}>
        {(aria) => (
          <select {...aria} className={control} value={value.verdictId} onChange={(event) => setValue({ ...value, verdictId: event.target.value })}>
            <option value="">{t("editor.verdict.none")}</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("editor.verdict.reasoning")} name="verdictReasoning" errors={errors.verdictReasoning}>
        {(aria) => (
          <textarea {...aria} dir="auto" rows={4} className={control} value={value.verdictReasoning} onChange={(event) => setValue({ ...value, verdictReasoning: event.target.value })} />
        )}
      </Field>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("editor.verdict.evidence")}</legend>
        {value.evidence.map((item, index) => {
          const name = (field: string) => `evidence.${index}.${field}`;
          return (
            <div key={index} className="grid gap-3 rounded border border-stone-200 bg-stone-50 p-3 sm:grid-cols-2" data-testid="evidence-row">
              <Field label={t("editor.evidence.title")} name={name("title")} errors={errors[name("title")]}>
                {(aria) => <input {...aria} dir="auto" className={control} value={item.title} onChange={(event) => patchEvidence(index, { title: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.url")} name={name("url")} errors={errors[name("url")]}>
                {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={item.url} onChange={(event) => patchEvidence(index, { url: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.archivedUrl")} name={name("archivedUrl")} errors={errors[name("archivedUrl")]}>
                {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={item.archivedUrl} onChange={(event) => patchEvidence(index, { archivedUrl: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.note")} name={name("note")} errors={errors[name("note")]}>
                {(aria) => <input {...aria} dir="auto" className={control} value={item.note} onChange={(event) => patchEvidence(index, { note: event.target.value })} />}
              </Field>
              <button type="button" className="justify-self-start text-sm text-deny" onClick={() => setValue({ ...value, evidence: value.evidence.filter((_, i) => i !== index) })}>
                {t("editor.evidence.remove")}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="rounded border border-accent px-3 py-1 text-accent"
          onClick={() => setValue({ ...value, evidence: [...value.evidence, { url: "", archivedUrl: "", title: "", note: "" }] })}
        >
          {t("editor.evidence.add")}
        </button>
      </fieldset>
      <SubmitButton label={t("editor.verdict.save")} />
    </form>
  );
}
