"use client";

import { Field, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { errorsFor, submittedValue, useFormAction } from "@/components/admin/form-state";
import { fill } from "@/components/admin/labels";
import type { FormAction } from "@/lib/http/form-state";
import type { SourceForAdmin } from "@/lib/sources/get-source-for-admin";
import type { SourceLabels } from "./source-labels";
import { SOURCE_KINDS } from "@/lib/vocabulary";
import { AffiliationPicker } from "./affiliation-picker";

/** The stored profile the edit form starts from. */
export type EditedSource = Pick<
  SourceForAdmin,
  "id" | "version" | "name" | "nameEn" | "aliases" | "kind" | "affiliation" | "url" | "country" | "description" | "credibility" | "credibilityReason"
>;

/**
 * A source's profile: the admin's "new source" and "edit source", and the
 * editor's "propose a source" (without the rating, which is the admin's).
 * What was typed stays in the form when the save fails.
 */
export function SourceForm<Result>({
  action,
  labels,
  source,
  withRating,
  canApprove,
  submitLabel,
  successLabel,
}: {
  action: FormAction<Result>;
  labels: SourceLabels;
  source?: EditedSource;
  withRating: boolean;
  canApprove?: boolean;
  submitLabel: string;
  /** Shown after a save that stays on the page; `{name}` is the saved source's name. */
  successLabel?: string;
}) {
  const [state, formAction] = useFormAction(action);
  const value = (name: string, saved: string | null | undefined) => submittedValue(state, name) ?? saved ?? undefined;
  const savedName = state.status === "ok" ? (state.result as { name?: string }).name : undefined;
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate data-testid="source-form">
      {source && (
        <>
          <input type="hidden" name="sourceId" value={source.id} />
          <input type="hidden" name="version" value={source.version} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={labels["admin.sources.name"]} name="name" dir="auto" required defaultValue={value("name", source?.name)} errors={errorsFor(state, "name")} />
        <TextField label={labels["admin.sources.nameEn"]} name="nameEn" dir="ltr" defaultValue={value("nameEn", source?.nameEn)} errors={errorsFor(state, "nameEn")} />
      </div>
      <TextAreaField
        label={labels["admin.sources.aliases"]}
        name="aliases"
        rows={3}
        hint={labels["admin.sources.aliasesHint"]}
        defaultValue={value("aliases", source?.aliases.join("\n"))}
        errors={errorsFor(state, "aliases")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={labels["admin.sources.kind"]}
          name="kind"
          // A new source's kind starts unchosen: the editor says what it is.
          options={[
            ...(source ? [] : [{ value: "", label: labels["admin.sources.kindUnchosen"] }]),
            ...SOURCE_KINDS.map((kind) => ({ value: kind, label: labels[`source.kind.${kind}`] })),
          ]}
          defaultValue={value("kind", source?.kind) ?? ""}
          errors={errorsFor(state, "kind")}
        />
        <Field label={labels["admin.sources.affiliation"]} name="affiliationId" hint={labels["admin.sources.affiliationHint"]} errors={errorsFor(state, "affiliationId")}>
          {(aria) => (
            <AffiliationPicker
              id={aria.id}
              initial={source?.affiliation ?? null}
              excludeId={source?.id}
              labels={{
                search: labels["admin.sources.affiliationSearch"],
                noMatch: labels["admin.sources.affiliationNoMatch"],
                none: labels["admin.sources.noAffiliation"],
                clear: labels["admin.sources.affiliationClear"],
              }}
              invalid={Boolean(aria["aria-invalid"])}
              describedBy={aria["aria-describedby"]}
            />
          )}
        </Field>
        <TextField label={labels["admin.sources.url"]} name="url" type="url" dir="ltr" defaultValue={value("url", source?.url)} errors={errorsFor(state, "url")} />
        <TextField label={labels["admin.sources.country"]} name="country" dir="auto" defaultValue={value("country", source?.country)} errors={errorsFor(state, "country")} />
      </div>
      <TextAreaField label={labels["admin.sources.description"]} name="description" rows={3} defaultValue={value("description", source?.description)} errors={errorsFor(state, "description")} />
      {withRating && (
        <fieldset className="space-y-4 rounded border border-stone-200 p-4">
          <legend className="px-1 font-semibold">{labels["admin.sources.credibility"]}</legend>
          <p className="text-sm text-muted">{labels["admin.sources.credibilityHint"]}</p>
          <SelectField
            label={labels["admin.sources.credibilityScore"]}
            name="credibility"
            options={[{ value: "", label: labels["admin.sources.notRated"] }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} / 5` }))]}
            defaultValue={value("credibility", source?.credibility == null ? "" : String(source.credibility))}
            errors={errorsFor(state, "credibility")}
          />
          <TextAreaField
            label={labels["admin.sources.credibilityReason"]}
            name="credibilityReason"
            rows={3}
            hint={labels["admin.sources.credibilityReasonHint"]}
            defaultValue={value("credibilityReason", source?.credibilityReason)}
            errors={errorsFor(state, "credibilityReason")}
          />
        </fieldset>
      )}
      <FormMessage state={state} success={successLabel && savedName ? fill(successLabel, { name: savedName }) : undefined} />
      {state.status === "error" && state.code === "admin.sources.conflict" && <a href="">{labels["admin.sources.reloadToSee"]}</a>}
      <div className="flex flex-wrap gap-3">
        <SubmitButton label={submitLabel} pendingLabel={labels["admin.sources.saving"]} />
        {canApprove && (
          <button type="submit" name="approve" value="true" className="rounded border border-accent px-4 py-2 font-semibold text-accent">
            {labels["admin.sources.saveAndApprove"]}
          </button>
        )}
      </div>
    </form>
  );
}
