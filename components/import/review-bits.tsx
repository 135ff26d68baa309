import type { ReactNode } from "react";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import type { ImportDraft } from "@/lib/import/import-draft.types";

export type Translate = ReturnType<typeof clientTranslator>;

/** What every section of the review gets: the draft, a way to change it, the save's errors by field path, the strings. */
export type ReviewSectionProps = {
  draft: ImportDraft;
  setDraft: (draft: ImportDraft) => void;
  errors: Record<string, string[]>;
  t: Translate;
};

export const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";
export const section = "space-y-4 rounded border border-stone-200 bg-white p-4";

/** One part of the review (the article, its sources, its claims…): a titled region, with a hint when the part needs one. */
export function ReviewSection({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={section}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {children}
    </section>
  );
}

/** The list with one item changed. */
export const replaceAt = <T,>(list: T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** An optional text field left blank is absent from the draft (the schema refuses empty strings); the schema trims the rest. */
export const optional = (value: string) => (value.trim() ? value : undefined);

/** The sentence of the article a piece was extracted from, so the editor can check it against the source text. */
export function Evidence({ text, t }: { text: string; t: Translate }) {
  return (
    <p className="border-s-4 border-stone-300 ps-3 text-sm text-muted" data-testid="evidence">
      {t("importer.evidence")} <bdi>{text}</bdi>
    </p>
  );
}

/**
 * The save's errors under `prefix` that no field shows (a reference to a
 * removed piece, a source no longer in the database), so none goes unseen.
 */
export function OtherErrors({ errors, prefix, shown }: { errors: Record<string, string[]>; prefix: string; shown: string[] }) {
  const messages = Object.entries(errors)
    .filter(([path]) => (path === prefix || path.startsWith(`${prefix}.`)) && !shown.some((field) => path === `${prefix}.${field}`))
    .flatMap(([, list]) => list);
  if (messages.length === 0) return null;
  return (
    <p className="text-sm text-deny" data-testid={`errors-${prefix}`}>
      {messages.join(" ")}
    </p>
  );
}
