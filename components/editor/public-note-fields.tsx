"use client";

import { Field } from "@/components/forms/field";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import { CORRECTION_KINDS, oneOf, type CorrectionKind } from "@/lib/vocabulary";
import { CorrectionKindOptions } from "./correction-kind-options";

export type PublicNoteDraft = { kind: CorrectionKind | ""; note: string };
export const emptyPublicNote: PublicNoteDraft = { kind: "", note: "" };

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";

/**
 * Asked when an edit changes what readers of a published claim see (its
 * words, its verdict): is it a correction or an update, and the note readers
 * get on the claim's page and in the corrections feed.
 */
export function PublicNoteFields({
  value,
  onChange,
  errors,
  t,
}: {
  value: PublicNoteDraft;
  onChange: (note: PublicNoteDraft) => void;
  errors: Record<string, string[]>;
  t: ReturnType<typeof clientTranslator>;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" data-testid="public-note">
      <legend className="px-1 font-semibold">{t("editor.publicNote.title")}</legend>
      <p className="text-sm">{t("editor.publicNote.hint")}</p>
      <Field label={t("editor.publicNote.kind")} name="correction.kind" errors={errors["correction.kind"]}>
        {(aria) => (
          <select {...aria} className={control} value={value.kind} onChange={(event) => onChange({ ...value, kind: oneOf(CORRECTION_KINDS, event.target.value) ?? "" })}>
            <CorrectionKindOptions t={t} />
          </select>
        )}
      </Field>
      <Field label={t("editor.publicNote.note")} name="correction.note" errors={errors["correction.note"]}>
        {(aria) => <textarea {...aria} dir="auto" rows={2} className={control} value={value.note} onChange={(event) => onChange({ ...value, note: event.target.value })} />}
      </Field>
    </fieldset>
  );
}
