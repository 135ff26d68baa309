"use client";

import type { clientTranslator } from "@/lib/i18n/client-messages";

/** Says that unsaved work came back from the browser's storage (useAutosavedDraft), with a way to drop it. */
export function RestoredDraftNotice({ t, onDiscard }: { t: ReturnType<typeof clientTranslator>; onDiscard: () => void }) {
  return (
    <p role="status" className="flex flex-wrap items-center gap-3 rounded border border-accent/40 bg-accent-soft p-3">
      {t("editor.draft.restored")}
      <button type="button" onClick={onDiscard} className="text-accent underline">
        {t("editor.draft.discard")}
      </button>
    </p>
  );
}
