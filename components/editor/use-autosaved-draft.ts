"use client";

import { useEffect, useState } from "react";

const PREFIX = "isnad-draft:";

/** The server's version of the record a form edits (claims carry one); new records have none. */
type Version = string | number | undefined;

/** The server copy a draft was typed on: what the form was loaded with, and its version. */
type Basis<T> = { base: T; version: Version };

/** What localStorage holds for a form: the draft and the basis it was typed on. */
type StoredDraft<T> = { value: T } & Basis<T>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
 * The draft a form loaded with `loaded` takes back from storage, and the
 * basis it goes on sitting on; null when there is nothing to offer back.
 */
export function restorableDraft<T>(stored: StoredDraft<T> | null, loaded: Basis<T>, justSaved = false): { value: T; basis: Basis<T> } | null {
  if (!stored || same(stored.value, loaded.base)) return null;
  // Right after a save, a draft typed on an older version is the work just saved. One typed on the
  // version now loaded is typing since the save (the URL still says "saved"), which a reload must keep.
  if (justSaved && stored.version !== loaded.version) return null;
  // The server copy moved on since the draft was typed: the draft stays on its old copy, so saving it is
  // a conflict. (A newer version alone means only what this form does not edit was saved.)
  return { value: stored.value, basis: same(stored.base, loaded.base) ? loaded : { base: stored.base, version: stored.version } };
}

/**
 * Keeps a form's state in localStorage as the editor types, so a reload, a
 * crash or a lost connection costs at most a second of typing. On mount, an
 * unsaved draft that differs from what the server sent is offered back,
 * unless the page was reached by saving it (`justSaved`) and it was typed on
 * an older version than the one loaded.
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
  // The newest server copy the form has seen: the one it was loaded with, or the one it was rebased onto.
  const [newest, setNewest] = useState<Basis<T>>({ base: initial, version: options.version });
  const [basis, setBasis] = useState<Basis<T>>(newest);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const draft = restorableDraft(readStored<T>(key), newest, options.justSaved);
    if (!draft) return localStorage.removeItem(PREFIX + key);
    // Restoring from storage after hydration is the point: the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(draft.value);
    setBasis(draft.basis);
    setRestored(true);
    // Only on mount: later changes to `initial` come from a save, which clears the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const timer = setTimeout(() => {
      // A form showing the newest server copy it knows holds nothing the server lacks.
      if (same(value, newest.base)) localStorage.removeItem(PREFIX + key);
      else localStorage.setItem(PREFIX + key, JSON.stringify({ value, ...basis } satisfies StoredDraft<T>));
    }, 500);
    return () => clearTimeout(timer);
  }, [key, value, newest, basis]);

  // Back to the newest server copy, not the one loaded: after a conflict that one is stale, and saving it would be refused again.
  const discard = () => {
    localStorage.removeItem(PREFIX + key);
    setValue(newest.base);
    setBasis(newest);
    setRestored(false);
  };
  const rebase = (base: T, version: Version) => {
    setNewest({ base, version });
    setBasis({ base, version });
  };
  return { value, setValue, restored, discard, base: basis.base, version: basis.version, rebase };
}

/** Forgets a saved draft: called once the server has the editor's work. */
export function clearAutosavedDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
}
