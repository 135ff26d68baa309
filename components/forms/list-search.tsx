import type { ReactNode } from "react";

/** A desk list's search box: a GET form to the list's own address, so every search has an address too. */
export function ListSearch({ action, label, submitLabel, query, children }: { action: string; label: string; submitLabel: string; query: string; children?: ReactNode }) {
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      {children}
      <label className="grow">
        <span className="mb-1 block font-semibold">{label}</span>
        <input name="q" type="search" dir="auto" defaultValue={query} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
      </label>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
        {submitLabel}
      </button>
    </form>
  );
}
