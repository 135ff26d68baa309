"use client";

import { useEffect, useState } from "react";

const PREFIX = "isnad-draft:";

/**
 * Keeps a form's state in localStorage as the editor types, so a reload, a
 * crash or a lost connection costs at most a second of typing. On mount, an
 * unsaved draft that differs from what the server sent is offered back,
 * unless the page was reached by saving (`justSaved`).
 */
export function useAutosavedDraft<T>(key: string, initial: T, options: { justSaved?: boolean } = {}) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    // Right after a save the server's copy is the editor's work; the stored draft is stale.
    if (options.justSaved) return localStorage.removeItem(PREFIX + key);
    const stored = localStorage.getItem(PREFIX + key);
    if (!stored || stored === JSON.stringify(initial)) return;
    try {
      // Restoring from storage after hydration is the point: the server cannot know it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValue(JSON.parse(stored) as T);
      setRestored(true);
    } catch {
      localStorage.removeItem(PREFIX + key);
    }
    // Only on mount: later changes to `initial` come from a save, which clears the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (JSON.stringify(value) === JSON.stringify(initial)) localStorage.removeItem(PREFIX + key);
      else localStorage.setItem(PREFIX + key, JSON.stringify(value));
    }, 500);
    return () => clearTimeout(timer);
  }, [key, value, initial]);

  const discard = () => {
    localStorage.removeItem(PREFIX + key);
    setValue(initial);
    setRestored(false);
  };
  return { value, setValue, restored, discard };
}

/** Forgets a saved draft: called once the server has the editor's work. */
export function clearAutosavedDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
}
