"use client";

import { useState } from "react";
import { lookupSources } from "@/components/editor/source-picker";
import { Combobox } from "@/components/forms/combobox";
import type { SourceSuggestion } from "@/lib/sources/suggest-sources";

type Picked = { id: string; name: string };

/**
 * The body a source speaks for, searched over every source as the editor
 * types, for a plain form: the pick travels in a hidden `affiliationId`
 * (empty for none).
 */
export function AffiliationPicker({
  id,
  initial,
  excludeId,
  labels,
  invalid,
  describedBy,
}: {
  id: string;
  initial: Picked | null;
  /** The source being edited, which cannot speak for itself. */
  excludeId?: string;
  labels: { search: string; noMatch: string; none: string; clear: string };
  invalid?: boolean;
  describedBy?: string;
}) {
  const [picked, setPicked] = useState<Picked | null>(initial);
  return (
    <div>
      <input type="hidden" name="affiliationId" value={picked?.id ?? ""} />
      {picked ? (
        <div className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2" data-testid="affiliation-picked">
          <bdi className="grow font-semibold">{picked.name}</bdi>
          <button type="button" className="text-sm text-accent" onClick={() => setPicked(null)}>
            {labels.clear}
          </button>
        </div>
      ) : (
        <Combobox<SourceSuggestion>
          id={id}
          lookup={lookupSources}
          optionKey={(source) => source.id}
          renderOption={(source) => (
            <>
              <bdi className="font-semibold">{source.name}</bdi>
              {source.nameEn && <span className="ms-2 text-sm text-muted" dir="ltr">{source.nameEn}</span>}
            </>
          )}
          onChoose={(source) => {
            if (source.id !== excludeId) setPicked({ id: source.id, name: source.name });
          }}
          placeholder={labels.search}
          noMatch={labels.noMatch}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
    </div>
  );
}
