"use client";

import { useState } from "react";
import { Combobox, deskLookup } from "@/components/forms/combobox";
import type { SourceSuggestion } from "@/lib/sources/suggest-sources";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { oneOf, SOURCE_KINDS, type SourceKind } from "@/lib/vocabulary";

export type PickedSource = { id: string; name: string };
/** Proposes a source by the name typed (a server action): usable at once, pending an admin's review. */
export type ProposeSource = (input: { name: string; kind: SourceKind }) => Promise<PickedSource | { error: string }>;

/**
 * Whether one of the suggestions already goes by the typed name (its name,
 * English name or an alias, compared Arabic-normalized): proposing بلومبرغ
 * when بلومبرج has it as an alias would only make a duplicate to merge.
 */
export function nameTaken(suggestions: SourceSuggestion[], typed: string): boolean {
  const name = normalizeArabic(typed);
  return suggestions.some((source) => [source.name, source.nameEn, ...source.aliases].some((known) => known && normalizeArabic(known) === name));
}

/** The desk's source search (lib/sources/suggest-sources.ts), for every source picker. */
export const lookupSources = deskLookup("/editor/lookup/sources", (body) => (body as { sources: SourceSuggestion[] }).sources);

/**
 * A combobox over sources: Arabic-normalized, alias-aware suggestions from
 * the whole table as the editor types, and an inline "propose a new source"
 * (unless the form has its own way to add one) once the suggestions for
 * what was typed are in and none of them already goes by that name. A
 * proposal's kind starts unchosen: the editor says what the source is.
 */
export function SourcePicker({
  id,
  label,
  value,
  onChange,
  t,
  kindLabels,
  proposeSource,
  invalid,
  describedBy,
}: {
  id: string;
  label: string;
  value: PickedSource | null;
  onChange: (source: PickedSource | null) => void;
  t: ReturnType<typeof clientTranslator>;
  kindLabels: Record<SourceKind, string>;
  proposeSource?: ProposeSource;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [kind, setKind] = useState<SourceKind | null>(null);
  const [proposeError, setProposeError] = useState<string | null>(null);

  if (value) {
    return (
      <div className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2" data-testid={`${id}-picked`}>
        <bdi className="grow font-semibold">{value.name}</bdi>
        <button type="button" className="text-sm text-accent" onClick={() => onChange(null)} aria-label={`${t("editor.source.clear")}: ${label}`}>
          {t("editor.source.clear")}
        </button>
      </div>
    );
  }

  const propose = async (name: string, clear: () => void) => {
    if (!proposeSource) return;
    if (!kind) return setProposeError(t("editor.source.kindRequired"));
    setProposeError(null);
    const result = await proposeSource({ name, kind });
    if ("error" in result) setProposeError(result.error);
    else {
      onChange(result);
      clear();
    }
  };

  return (
    <Combobox<SourceSuggestion>
      id={id}
      lookup={lookupSources}
      optionKey={(source) => source.id}
      onChoose={(source) => onChange({ id: source.id, name: source.name })}
      placeholder={t("editor.source.search")}
      noMatch={t("editor.source.noMatch")}
      invalid={invalid}
      describedBy={describedBy}
      renderOption={(source) => (
        <>
          <bdi className="font-semibold">{source.name}</bdi>
          {source.nameEn && <span className="ms-2 text-sm text-muted" dir="ltr">{source.nameEn}</span>}
          <span className="ms-2 text-xs text-muted">
            {kindLabels[source.kind]}
            {source.status === "proposed" && ` · ${t("editor.source.proposed")}`}
          </span>
        </>
      )}
      after={({ query, options, clear }) =>
        proposeSource &&
        query.trim().length > 1 &&
        !nameTaken(options, query) && (
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="propose-source">
            <label className="flex items-center gap-1">
              {t("editor.source.proposeKind")}
              <select
                value={kind ?? ""}
                onChange={(event) => setKind(oneOf(SOURCE_KINDS, event.target.value) ?? null)}
                aria-invalid={Boolean(proposeError && !kind) || undefined}
                className="rounded border border-stone-300 bg-white px-2 py-1 aria-invalid:border-deny"
              >
                <option value="">{t("editor.source.kindUnchosen")}</option>
                {SOURCE_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {kindLabels[option]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => propose(query.trim(), clear)} className="rounded border border-accent px-2 py-1 text-accent">
              {t("editor.source.propose", { name: query.trim() })}
            </button>
            {proposeError && <span role="alert" className="text-deny">{proposeError}</span>}
          </div>
        )
      }
    />
  );
}
