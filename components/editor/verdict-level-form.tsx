"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { idleForm, type FormAction } from "@/lib/http/form-state";

type Level = { id: string; key: string; labelAr: string; labelEn: string; ratingValue: number; color: string; position: number };
const control = "w-full rounded border border-stone-300 bg-white px-2 py-1 aria-invalid:border-deny";

/** One row of the verdict scale, edited in place (or a blank row that adds a level). */
export function VerdictLevelForm<Result>({
  level,
  action,
  messages,
}: {
  level: Level | null;
  action: FormAction<Result>;
  messages: ClientMessages;
}) {
  const t = clientTranslator(messages);
  const [state, formAction] = useActionState(action, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const prefix = level?.id ?? "new";
  const field = (name: keyof Level, label: Parameters<typeof t>[0], props: Record<string, unknown> = {}) => (
    <label className="block text-sm">
      <span className="font-semibold">{t(label)}</span>
      <input name={name} id={`${prefix}-${name}`} defaultValue={level ? String(level[name]) : ""} aria-invalid={errors[name] ? true : undefined} className={control} {...props} />
      {errors[name] && <span className="text-deny">{errors[name].join(" ")}</span>}
    </label>
  );
  return (
    <form action={formAction} className="grid gap-2 rounded border border-stone-200 bg-white p-3 sm:grid-cols-7" data-testid="verdict-level">
      {level && <input type="hidden" name="id" value={level.id} />}
      {field("key", "editor.verdictScale.key", { dir: "ltr" })}
      {field("labelAr", "editor.verdictScale.labelAr", { dir: "rtl" })}
      {field("labelEn", "editor.verdictScale.labelEn", { dir: "ltr" })}
      {field("ratingValue", "editor.verdictScale.rating", { type: "number", min: 1, max: 5 })}
      {field("color", "editor.verdictScale.color", { dir: "ltr" })}
      {field("position", "editor.verdictScale.position", { type: "number", min: 0 })}
      <div className="flex items-end">
        <SubmitButton label={t(level ? "editor.verdictScale.save" : "editor.verdictScale.add")} />
      </div>
      <div className="sm:col-span-7">
        <FormMessage state={state} success={t("editor.claim.saved")} />
      </div>
    </form>
  );
}
