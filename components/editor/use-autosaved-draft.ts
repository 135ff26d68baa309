"use client";

import { useEffect, useState } from "react";

const PREFIX = "isnad-draft:";

/** The server's version of the record a form edits (claims carry one); new records have none. */
type Version = string | number | undefined;

/** The server copy a draft was typed on: what the form was loaded with, and its version. */
type Basis<T> = { base: T; version: Version };

/** What localStorage holds for a form: the draft and the basis it was typed on. */
type StoredDraft<T> = { value: T } & Basis<T>;

function readStored<T>(key: string): StoredDraft<T> | null {
  const stored = localStorage.getItem(PREFIX + key);
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<StoredDraft<T>> | null;
    if (parsed && typeof parsed === "object" && "value" in parsed && "base" in parsed) return parsed as StoredDraft<T>;
  } catch {}
  // Unreadable, or written without its basis: restoring it could overwrite someone's newer save.
  localStorage.removeItem(PREFIX + key);
  return null;
}

/**
 * Keeps a form's state in localStorage as the editor types, so a reload, a
 * crash or a lost connection costs at most a second of typing. On mount, an
 * unsaved draft that differs from what the server sent is offered back,
 * unless the page was reached by saving (`justSaved`).
 *
 * The draft is stored with the server copy it was typed on (`base`, and its
 * `version`). A restored draft keeps that version while the server copy has
 * moved on, so saving it gets the conflict (409) and its merge instead of
 * silently reverting someone else's newer save; `base` is what a three-way
 * merge compares "mine" against. `rebase` moves the draft onto a newer copy
 * once the editor has seen it (a merge, a conflict's current version).
 */
export function useAutosavedDraft<T>(key: string, initial: T, options: { justSaved?: boolean; version?: Version } = {}) {
  const [value, setValue] = useState<T>(initial);
  const [basis, setBasis] = useState<Basis<T>>({ base: initial, version: options.version });
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    // Right after a save the server's copy is the editor's work; the stored draft is stale.
    if (options.justSaved) return localStorage.removeItem(PREFIX + key);
    const stored = readStored<T>(key);
    if (!stored || JSON.stringify(stored.value) === JSON.stringify(initial)) return;
    // Restoring from storage after hydration is the point: the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(stored.value);
    // The server copy moved on since the draft was typed: the draft stays on its old copy, so
    // saving it is a conflict. (A newer version alone means only what this form does not edit was saved.)
    if (JSON.stringify(stored.base) !== JSON.stringify(initial)) setBasis({ base: stored.base, version: stored.version });
    setRestored(true);
    // Only on mount: later changes to `initial` come from a save, which clears the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (JSON.stringify(value) === JSON.stringify(initial)) localStorage.removeItem(PREFIX + key);
      else localStorage.setItem(PREFIX + key, JSON.stringify({ value, ...basis } satisfies StoredDraft<T>));
    }, 500);
    return () => clearTimeout(timer);
  }, [key, value, initial, basis]);

  const discard = () => {
    localStorage.removeItem(PREFIX + key);
    setValue(initial);
    setBasis({ base: initial, version: options.version });
    setRestored(false);
  };
  const rebase = (base: T, version: Version) => setBasis({ base, version });
  return { value, setValue, restored, discard, base: basis.base, version: basis.version, rebase };
}

/** Forgets a saved draft: called once the server has the editor's work. */
export function clearAutosavedDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
}
