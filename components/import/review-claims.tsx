"use client";

import { chainText, dateInputToIso, isoToDateInput } from "@/components/editor/claim-draft";
import { PrecisionOptions } from "@/components/editor/precision-options";
import { SimilarClaims } from "@/components/editor/similar-claims";
import { Field } from "@/components/forms/field";
import type { DraftAppearance, DraftClaim } from "@/lib/import/import-draft.types";
import { addAppearance, removeAppearance, removeClaim } from "@/lib/import/review/review-import";
import { IMPORTED_CLAIM_ROLES } from "@/lib/vocabulary";
import { Evidence, OtherErrors, ReviewSection, control, optional, replaceAt, type ReviewSectionProps } from "./review-bits";

const DATE_INPUT = { exact: "datetime-local", day: "date", month: "month", year: "number" } as const;

/** Each claim the article holds: who said it, when, the words, its role, and where it appeared (its chain). */
export function ReviewClaims({ draft, setDraft, errors, t }: ReviewSectionProps) {
  const sourceName = (key: string) => draft.sources.find((source) => source.key === key)?.name || "…";
  return (
    <ReviewSection id="import-claims" title={t("importer.claims.title")}>
      {draft.claims.map((claim, index) => {
        const name = (field: string) => `draft.claims.${index}.${field}`;
        const edit = (patch: Partial<DraftClaim>) => setDraft({ ...draft, claims: replaceAt(draft.claims, index, patch) });
        const headingId = `import-claim-${index}`;
        return (
          <article key={claim.key} aria-labelledby={headingId} className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="import-claim">
            <h3 id={headingId} className="font-semibold">
              {t("importer.claim.heading", { n: index + 1 })} · {t(`importer.role.${claim.role}`)}
            </h3>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t("editor.claim.claimant")} name={name("claimantKey")} errors={errors[name("claimantKey")]}>
                {(aria) => (
                  <select {...aria} className={control} value={claim.claimantKey} onChange={(event) => edit({ claimantKey: event.target.value })}>
                    {draft.sources.map((source) => (
                      <option key={source.key} value={source.key}>
                        {sourceName(source.key)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t("importer.claim.role")} name={name("role")} errors={errors[name("role")]}>
                {(aria) => (
                  <select {...aria} className={control} value={claim.role} onChange={(event) => edit({ role: event.target.value as DraftClaim["role"] })}>
                    {IMPORTED_CLAIM_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`importer.role.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t("editor.claim.saidAt")} name={name("saidAt")} errors={errors[name("saidAt")]}>
                {(aria) => (
                  <input
                    {...aria}
                    type={DATE_INPUT[claim.saidAtPrecision]}
                    dir="ltr"
                    className={control}
                    value={isoToDateInput(claim.saidAt, claim.saidAtPrecision)}
                    onChange={(event) => edit({ saidAt: dateInputToIso(event.target.value, claim.saidAtPrecision) || null })}
                  />
                )}
              </Field>
              <Field label={t("editor.claim.precision")} name={name("saidAtPrecision")} errors={errors[name("saidAtPrecision")]}>
                {(aria) => (
                  <select
                    {...aria}
                    className={control}
                    value={claim.saidAtPrecision}
                    onChange={(event) => {
                      const precision = event.target.value as DraftClaim["saidAtPrecision"];
                      // The date is kept, expressed at the new precision (a day becomes its month).
                      edit({ saidAtPrecision: precision, saidAt: claim.saidAt ? dateInputToIso(isoToDateInput(claim.saidAt, precision), precision) : null });
                    }}
                  >
                    <PrecisionOptions t={t} />
                  </select>
                )}
              </Field>
            </div>
            <Field label={t("editor.claim.text")} name={name("text")} errors={errors[name("text")]}>
              {(aria) => <textarea {...aria} dir="auto" rows={3} className={control} value={claim.text} onChange={(event) => edit({ text: event.target.value })} />}
            </Field>
            {/* Importing an article the newsroom already logged would copy its claims: say so here. */}
            <SimilarClaims text={claim.text} t={t} />
            <Field label={t("editor.claim.summary")} name={name("summary")} errors={errors[name("summary")]}>
              {(aria) => <textarea {...aria} dir="auto" rows={2} className={control} value={claim.summary ?? ""} onChange={(event) => edit({ summary: optional(event.target.value) })} />}
            </Field>
            <OtherErrors errors={errors} prefix={`draft.claims.${index}`} shown={["claimantKey", "role", "saidAt", "saidAtPrecision", "text", "summary"]} />
            <Evidence text={claim.evidence} t={t} />
            <ClaimAppearances claim={claim} draft={draft} setDraft={setDraft} errors={errors} t={t} sourceName={sourceName} />
            <button type="button" onClick={() => setDraft(removeClaim(draft, claim.key))} className="text-sm text-deny">
              {t("importer.claim.remove")}
            </button>
          </article>
        );
      })}
    </ReviewSection>
  );
}

/** A claim's attribution chain, origin first, each hop naming the one it carried the claim from. */
function ClaimAppearances({
  claim,
  draft,
  setDraft,
  errors,
  t,
  sourceName,
}: ReviewSectionProps & { claim: DraftClaim; sourceName: (key: string) => string }) {
  const rows = draft.appearances.flatMap((appearance, index) => (appearance.claimKey === claim.key ? [{ appearance, index }] : []));
  const hopLabel = (appearance: DraftAppearance) => sourceName(appearance.sourceKey);
  const chain = chainText(
    rows.map(({ appearance }) => ({
      key: appearance.key,
      source: { id: appearance.sourceKey, name: sourceName(appearance.sourceKey) },
      viaKey: appearance.viaKey ?? "",
      url: "",
      title: "",
      quote: "",
      publishedAt: "",
    })),
  );
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-3">
      <legend className="px-1 font-semibold">{t("importer.appearances.title")}</legend>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("importer.appearances.none")}</p>
      ) : (
        <p className="rounded bg-accent-soft p-2 font-semibold" data-testid="chain-preview">
          <bdi>{chain}</bdi>
        </p>
      )}
      <ol className="space-y-3">
        {rows.map(({ appearance, index }) => (
          <AppearanceRow
            key={appearance.key}
            appearance={appearance}
            index={index}
            others={rows.map((row) => row.appearance).filter((other) => other.key !== appearance.key)}
            draft={draft}
            setDraft={setDraft}
            errors={errors}
            t={t}
            hopLabel={hopLabel}
          />
        ))}
      </ol>
      {draft.sources.length > 0 && (
        <button
          type="button"
          onClick={() => setDraft(addAppearance(draft, claim.key, draft.sources[0]!.key, t("importer.evidence.editor")))}
          className="rounded border border-accent px-3 py-1 text-sm text-accent"
        >
          {t("editor.appearance.add")}
        </button>
      )}
    </fieldset>
  );
}

function AppearanceRow({
  appearance,
  index,
  others,
  draft,
  setDraft,
  errors,
  t,
  hopLabel,
}: ReviewSectionProps & { appearance: DraftAppearance; index: number; others: DraftAppearance[]; hopLabel: (appearance: DraftAppearance) => string }) {
  const name = (field: string) => `draft.appearances.${index}.${field}`;
  const edit = (patch: Partial<DraftAppearance>) => setDraft({ ...draft, appearances: replaceAt(draft.appearances, index, patch) });
  return (
    <li className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="import-appearance">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("editor.appearance.source")} name={name("sourceKey")} errors={errors[name("sourceKey")]}>
          {(aria) => (
            <select {...aria} className={control} value={appearance.sourceKey} onChange={(event) => edit({ sourceKey: event.target.value })}>
              {draft.sources.map((source) => (
                <option key={source.key} value={source.key}>
                  {source.name || "…"}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("editor.appearance.via")} name={name("viaKey")} errors={errors[name("viaKey")]}>
          {(aria) => (
            <select {...aria} className={control} value={appearance.viaKey ?? ""} onChange={(event) => edit({ viaKey: event.target.value || null })}>
              <option value="">{t("editor.appearance.viaNone")}</option>
              {others.map((other) => (
                <option key={other.key} value={other.key}>
                  {hopLabel(other)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <AppearanceText label={t("editor.appearance.title")} name={name("title")} value={appearance.title} errors={errors} onChange={(title) => edit({ title })} />
        <AppearanceText label={t("editor.appearance.quote")} name={name("quote")} value={appearance.quote} errors={errors} onChange={(quote) => edit({ quote })} />
        <AppearanceText label={t("editor.appearance.url")} name={name("url")} value={appearance.url} errors={errors} onChange={(url) => edit({ url })} type="url" />
        <Field label={t("editor.appearance.date")} name={name("publishedAt")} errors={errors[name("publishedAt")]}>
          {(aria) => (
            <input {...aria} type="date" dir="ltr" className={control} value={isoToDateInput(appearance.publishedAt, "day")} onChange={(event) => edit({ publishedAt: optional(event.target.value) })} />
          )}
        </Field>
      </div>
      <OtherErrors errors={errors} prefix={`draft.appearances.${index}`} shown={["sourceKey", "viaKey", "title", "quote", "url", "publishedAt"]} />
      <Evidence text={appearance.evidence} t={t} />
      <button type="button" onClick={() => setDraft(removeAppearance(draft, appearance.key))} className="text-sm text-deny">
        {t("editor.appearance.remove")}
      </button>
    </li>
  );
}

function AppearanceText({
  label,
  name,
  value,
  errors,
  onChange,
  type,
}: {
  label: string;
  name: string;
  value: string | undefined;
  errors: Record<string, string[]>;
  onChange: (value: string | undefined) => void;
  type?: "url";
}) {
  return (
    <Field label={label} name={name} errors={errors[name]}>
      {(aria) => <input {...aria} type={type} dir={type === "url" ? "ltr" : "auto"} className={control} value={value ?? ""} onChange={(event) => onChange(optional(event.target.value))} />}
    </Field>
  );
}
