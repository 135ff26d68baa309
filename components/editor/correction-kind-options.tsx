import { CORRECTION_KINDS } from "@/lib/vocabulary";

/** The options of a public note's kind, starting unchosen: the editor says whether it is a correction or an update. */
export function CorrectionKindOptions({ t }: { t: (key: "editor.publicNote.kindUnchosen" | "editor.publicNote.correction" | "editor.publicNote.update") => string }) {
  return (
    <>
      <option value="">{t("editor.publicNote.kindUnchosen")}</option>
      {CORRECTION_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`editor.publicNote.${kind}`)}
        </option>
      ))}
    </>
  );
}
