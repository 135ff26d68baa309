import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { CorrectionKind } from "@/lib/vocabulary";
import { ClaimTime } from "./claim-time";
import { UserText } from "./user-text";

type Note = { id: string; kind: CorrectionKind; note: string; createdAt: Date };

/** One public note: "Corrected on 3 March 2024: …" or "Updated on …". */
export function CorrectionNote({ note, prefs, t }: { note: Note; prefs: Preferences; t: Translate }) {
  return (
    <>
      <span className="font-semibold">
        {t(`reader.correction.${note.kind}`)} <ClaimTime date={note.createdAt} precision="exact" prefs={prefs} />
      </span>
      {": "}
      <UserText>{note.note}</UserText>
    </>
  );
}

/** A claim's public notes, in the order they were made, under its words. */
export function CorrectionNotes({ notes, prefs, t }: { notes: Note[]; prefs: Preferences; t: Translate }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label={t("reader.correction.title")} className="rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="correction-notes">
      <ol className="space-y-1">
        {notes.map((note) => (
          <li key={note.id} data-testid="correction-note" data-kind={note.kind}>
            <CorrectionNote note={note} prefs={prefs} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
