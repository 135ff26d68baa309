"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/** How long typing pauses before the server is asked. */
const LOOKUP_DELAY_MS = 150;

/**
 * An accessible search-as-you-type combobox over a server lookup: each pause
 * in typing asks the server (which searches the whole table), only the
 * answer to what is typed now is shown, arrows and Enter pick, Escape
 * closes. When nothing matches, the listbox gives way to a line saying so in
 * the page's flow, so whatever the caller puts after it (`after`: a way to
 * add what was not found) is in sight while the field still has focus.
 */
export function Combobox<T>({
  id,
  lookup,
  optionKey,
  renderOption,
  onChoose,
  placeholder,
  noMatch,
  invalid,
  describedBy,
  after,
}: {
  id: string;
  /** The server's matches for what was typed: a function made once (module-level, deskLookup), not per render. */
  lookup: (query: string) => Promise<T[] | null>;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onChoose: (option: T) => void;
  placeholder: string;
  noMatch: string;
  invalid?: boolean;
  describedBy?: string;
  /** Shown under the field once the answer to what is typed is in: its options, and a way to clear the field. */
  after?: (state: { query: string; options: T[]; clear: () => void }) => ReactNode;
}) {
  const [query, setQuery] = useState("");
  // The options with the query they answer: until the answer to what is typed arrives, they are stale.
  const [found, setFound] = useState<{ query: string; options: T[] }>({ query: "", options: [] });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const request = useRef(0);

  useEffect(() => {
    if (!query.trim()) return;
    const current = ++request.current;
    const timer = setTimeout(async () => {
      const options = await lookup(query);
      if (!options || current !== request.current) return;
      setFound({ query, options });
      setActive(0);
    }, LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, lookup]);

  const clear = () => {
    setQuery("");
    setOpen(false);
  };
  const choose = (option: T) => {
    onChoose(option);
    clear();
  };
  const answered = query.trim().length > 0 && found.query === query;
  const options = answered ? found.options : [];
  const showList = open && options.length > 0;

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        dir="auto"
        placeholder={placeholder}
        className="w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, options.length - 1));
          else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (event.key === "Enter" && showList && options[active]) choose(options[active]);
          else if (event.key === "Escape") setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      <ul id={listId} role="listbox" hidden={!showList} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-stone-300 bg-white shadow">
        {options.map((option, index) => (
          <li
            key={optionKey(option)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="cursor-pointer px-3 py-2 aria-selected:bg-accent-soft"
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {renderOption(option)}
          </li>
        ))}
      </ul>
      {answered && options.length === 0 && (
        <p role="status" className="mt-1 text-sm text-muted">
          {noMatch}
        </p>
      )}
      {answered && after?.({ query, options, clear })}
    </div>
  );
}

/** A lookup that GETs `path?q=…` from the desk's lookup routes and reads one list from the JSON answer; null when the server refused. */
export function deskLookup<T>(path: string, read: (body: unknown) => T[]) {
  return async (query: string): Promise<T[] | null> => {
    const response = await fetch(`${path}?q=${encodeURIComponent(query)}`);
    return response.ok ? read(await response.json()) : null;
  };
}
