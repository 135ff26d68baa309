"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { SourceSuggestion } from "@/lib/sources/suggest-sources";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { DEFAULT_SOURCE_KIND, oneOf, SOURCE_KINDS, type SourceKind } from "@/lib/vocabulary";

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

/**
 * An accessible combobox over sources: Arabic-normalized, alias-aware
 * suggestions as the editor types, and an inline "propose a new source"
 * (unless the form has its own way to add one) once the suggestions for
 * what was typed are in and none of them already goes by that name.
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
  const [query, setQuery] = useState("");
  // The suggestions with the query they answer: until the answer to what is typed arrives, they may be stale.
  const [found, setFound] = useState<{ query: string; sources: SourceSuggestion[] }>({ query: "", sources: [] });
  const suggestions = found.sources;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<SourceKind>(DEFAULT_SOURCE_KIND);
  const [proposeError, setProposeError] = useState<string | null>(null);
  const listId = useId();
  const request = useRef(0);

  useEffect(() => {
    if (!query.trim()) return;
    const current = ++request.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`/editor/lookup/sources?q=${encodeURIComponent(query)}`);
      if (!response.ok || current !== request.current) return;
      setFound({ query, sources: ((await response.json()) as { sources: SourceSuggestion[] }).sources });
      setActive(0);
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

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

  const choose = (source: SourceSuggestion) => {
    onChange({ id: source.id, name: source.name });
    setQuery("");
    setOpen(false);
  };
  const propose = async () => {
    if (!proposeSource) return;
    setProposeError(null);
    const result = await proposeSource({ name: query.trim(), kind });
    if ("error" in result) setProposeError(result.error);
    else {
      onChange(result);
      setQuery("");
    }
  };
  const showList = open && query.trim().length > 0;
  const mayPropose = proposeSource && query.trim().length > 1 && found.query === query && !nameTaken(suggestions, query);

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && suggestions[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        dir="auto"
        placeholder={t("editor.source.search")}
        className="w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, suggestions.length - 1));
          else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (event.key === "Enter" && showList && suggestions[active]) choose(suggestions[active]);
          else if (event.key === "Escape") setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-stone-300 bg-white shadow">
          {suggestions.map((source, index) => (
            <li
              key={source.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="cursor-pointer px-3 py-2 aria-selected:bg-accent-soft"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(source);
              }}
            >
              <bdi className="font-semibold">{source.name}</bdi>
              {source.nameEn && <span className="ms-2 text-sm text-muted" dir="ltr">{source.nameEn}</span>}
              <span className="ms-2 text-xs text-muted">
                {kindLabels[source.kind]}
                {source.status === "proposed" && ` · ${t("editor.source.proposed")}`}
              </span>
            </li>
          ))}
          {suggestions.length === 0 && <li className="px-3 py-2 text-muted">{t("editor.source.noMatch")}</li>}
        </ul>
      )}
      {mayPropose && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-1">
            {t("editor.source.proposeKind")}
            <select value={kind} onChange={(event) => setKind(oneOf(SOURCE_KINDS, event.target.value) ?? DEFAULT_SOURCE_KIND)} className="rounded border border-stone-300 bg-white px-2 py-1">
              {SOURCE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {kindLabels[value]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={propose} className="rounded border border-accent px-2 py-1 text-accent">
            {t("editor.source.propose", { name: query.trim() })}
          </button>
          {proposeError && <span className="text-deny">{proposeError}</span>}
        </div>
      )}
    </div>
  );
}
