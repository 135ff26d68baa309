"use client";

import { Field } from "@/components/forms/field";
import type { DraftLink } from "@/lib/import/import-draft.types";
import { Evidence, OtherErrors, ReviewSection, control, replaceAt, type ReviewSectionProps } from "./review-bits";
import { excerpt } from "@/lib/text/excerpt";
import { LINK_TYPES, oneOf } from "@/lib/vocabulary";

/** How the article's claims answer each other: "claim 2 denies claim 1". */
export function ReviewLinks({ draft, setDraft, errors, t }: ReviewSectionProps) {
  const claimLabel = (key: string) => {
    const index = draft.claims.findIndex((claim) => claim.key === key);
    return index < 0 ? "…" : `${t("importer.claim.heading", { n: index + 1 })}: ${excerpt(draft.claims[index]!.text, 60)}`;
  };
  const claimSelect = (link: DraftLink, index: number, field: "fromKey" | "toKey", label: string) => {
    const name = `draft.links.${index}.${field}`;
    return (
      <Field label={label} name={name} errors={errors[name]}>
        {(aria) => (
          <select {...aria} className={control} value={link[field]} onChange={(event) => edit(index, { [field]: event.target.value })}>
            {draft.claims.map((claim) => (
              <option key={claim.key} value={claim.key}>
                {claimLabel(claim.key)}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };
  const edit = (index: number, patch: Partial<DraftLink>) => setDraft({ ...draft, links: replaceAt(draft.links, index, patch) });
  const add = () =>
    setDraft({ ...draft, links: [...draft.links, { fromKey: draft.claims[1]!.key, toKey: draft.claims[0]!.key, type: "context", evidence: t("importer.evidence.editor") }] });

  return (
    <ReviewSection id="import-links" title={t("importer.links.title")}>
      {draft.links.length === 0 && <p className="text-muted">{t("importer.links.none")}</p>}
      <ol className="space-y-3">
        {draft.links.map((link, index) => {
          const typeName = `draft.links.${index}.type`;
          return (
            <li key={index} className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="import-link">
              <div className="grid gap-3 sm:grid-cols-3">
                {claimSelect(link, index, "fromKey", t("importer.link.from"))}
                <Field label={t("editor.links.type")} name={typeName} errors={errors[typeName]}>
                  {(aria) => (
                    <select {...aria} className={control} value={link.type} onChange={(event) => edit(index, { type: oneOf(LINK_TYPES, event.target.value) ?? link.type })}>
                      {LINK_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`link.${type}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {claimSelect(link, index, "toKey", t("importer.link.to"))}
              </div>
              <OtherErrors errors={errors} prefix={`draft.links.${index}`} shown={["fromKey", "toKey", "type"]} />
              <Evidence text={link.evidence} t={t} />
              <button type="button" onClick={() => setDraft({ ...draft, links: draft.links.filter((_, i) => i !== index) })} className="text-sm text-deny">
                {t("editor.links.remove")}
              </button>
            </li>
          );
        })}
      </ol>
      {draft.claims.length > 1 && (
        <button type="button" onClick={add} className="rounded border border-accent px-3 py-1 text-accent">
          {t("editor.links.add")}
        </button>
      )}
    </ReviewSection>
  );
}
