"use client";

import { SourcePicker } from "@/components/editor/source-picker";
import { Field } from "@/components/forms/field";
import type { DraftSource } from "@/lib/import/import-draft.types";
import { addSource, editSource } from "@/lib/import/review/review-import";
import { Evidence, OtherErrors, ReviewSection, control, type ReviewSectionProps } from "./review-bits";
import { oneOf, SOURCE_KINDS, type SourceKind } from "@/lib/vocabulary";


/**
 * The sources the article names: each either matched to a known source
 * (used as it is) or new (created on save), and a new one can be mapped
 * onto a known source with the desk's own source search.
 */
export function ReviewSources({ draft, setDraft, errors, t, kindLabels }: ReviewSectionProps & { kindLabels: Record<SourceKind, string> }) {
  const edit = (key: string, patch: Partial<DraftSource>) => setDraft(editSource(draft, key, patch));
  return (
    <ReviewSection id="import-sources" title={t("importer.sources.title")} hint={t("importer.sources.hint")}>
      <ol className="space-y-4">
        {draft.sources.map((source, index) => {
          const name = (field: string) => `draft.sources.${index}.${field}`;
          const matched = source.matchedSourceId !== null;
          return (
            <li key={source.key} className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="import-source">
              <p className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-sm ${matched ? "bg-confirm-soft text-confirm" : "bg-accent-soft text-accent"}`}>
                  {t(matched ? "importer.source.matched" : "importer.source.new")}
                </span>
                {matched && <bdi className="font-semibold">{source.name}</bdi>}
                {matched && (
                  <button type="button" className="text-sm text-accent underline" onClick={() => edit(source.key, { matchedSourceId: null })}>
                    {t("importer.source.unmatch")}
                  </button>
                )}
              </p>
              {!matched && (
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field label={t("importer.source.name")} name={name("name")} errors={errors[name("name")]}>
                    {(aria) => <input {...aria} dir="auto" className={control} value={source.name} onChange={(event) => edit(source.key, { name: event.target.value })} />}
                  </Field>
                  <Field label={t("importer.source.kind")} name={name("kind")} errors={errors[name("kind")]}>
                    {(aria) => (
                      <select {...aria} className={control} value={source.kind} onChange={(event) => edit(source.key, { kind: oneOf(SOURCE_KINDS, event.target.value) ?? source.kind })}>
                        {SOURCE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {kindLabels[kind]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label={t("importer.source.role")} name={name("role")} errors={errors[name("role")]}>
                    {(aria) => (
                      <input {...aria} dir="auto" className={control} value={source.role ?? ""} onChange={(event) => edit(source.key, { role: event.target.value.trim() ? event.target.value : null })} />
                    )}
                  </Field>
                  <Field label={t("importer.source.affiliation")} name={name("affiliationKey")} errors={errors[name("affiliationKey")]}>
                    {(aria) => (
                      <select {...aria} className={control} value={source.affiliationKey ?? ""} onChange={(event) => edit(source.key, { affiliationKey: event.target.value || null })}>
                        <option value="">{t("importer.source.affiliationNone")}</option>
                        {draft.sources
                          .filter((other) => other.key !== source.key)
                          .map((other) => (
                            <option key={other.key} value={other.key}>
                              {other.name}
                            </option>
                          ))}
                      </select>
                    )}
                  </Field>
                  <div className="sm:col-span-2">
                    <Field label={t("importer.source.map")} name={name("matchedSourceId")} errors={errors[name("matchedSourceId")]}>
                      {(aria) => (
                        <SourcePicker
                          id={aria.id}
                          label={`${t("importer.source.map")}: ${source.name}`}
                          value={null}
                          onChange={(picked) => picked && edit(source.key, { matchedSourceId: picked.id, name: picked.name })}
                          t={t}
                          kindLabels={kindLabels}
                          invalid={Boolean(aria["aria-invalid"])}
                          describedBy={aria["aria-describedby"]}
                        />
                      )}
                    </Field>
                  </div>
                </div>
              )}
              <OtherErrors errors={errors} prefix={`draft.sources.${index}`} shown={matched ? [] : ["name", "kind", "role", "affiliationKey", "matchedSourceId"]} />
              <Evidence text={source.evidence} t={t} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => setDraft(addSource(draft, t("importer.evidence.editor")))} className="rounded border border-accent px-3 py-1 text-accent">
        {t("importer.source.add")}
      </button>
    </ReviewSection>
  );
}
