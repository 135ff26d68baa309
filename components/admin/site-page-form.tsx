"use client";

import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextAreaField } from "@/components/forms/field";
import type { FormAction } from "@/lib/http/form-state";
import { errorsFor, submittedValue, useFormAction } from "./form-state";

/** An admin's form for one of the newsroom's pages, in Arabic and English; what was typed stays through a failed save. */
export function SitePageForm<Result>({
  action,
  page,
  labels,
}: {
  action: FormAction<Result>;
  page: { key: string; version: number; bodyAr: string; bodyEn: string };
  labels: { title: string; bodyAr: string; bodyEn: string; save: string; saved: string };
}) {
  const [state, formAction] = useFormAction(action);
  const value = (name: string, saved: string) => submittedValue(state, name) ?? saved;
  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid={`page-form-${page.key}`}>
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <FormMessage state={state} success={labels.saved} />
      <input type="hidden" name="key" value={page.key} />
      <input type="hidden" name="version" value={page.version} />
      <TextAreaField label={labels.bodyAr} name="bodyAr" rows={8} dir="auto" defaultValue={value("bodyAr", page.bodyAr)} errors={errorsFor(state, "bodyAr")} />
      <TextAreaField label={labels.bodyEn} name="bodyEn" rows={8} dir="ltr" defaultValue={value("bodyEn", page.bodyEn)} errors={errorsFor(state, "bodyEn")} />
      <SubmitButton label={labels.save} />
    </form>
  );
}
