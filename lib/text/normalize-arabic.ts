// Arabic text normalization shared by search, tag matching, source matching
// and the article importer. Folding ة→ه or ى→ي is deliberately left out: done
// before Postgres' `arabic` stemmer it broke matches (see STACK.md).

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
// Bidi embeddings, overrides, isolates and marks: never meaningful in stored
// text, and able to reorder what is displayed around them.
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EASTERN_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/g;

/** Removes bidi control characters from user input. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Converts Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits. */
export function toWesternDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EASTERN_ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The form text is compared in: diacritics, tatweel and bidi controls removed,
 * alef forms folded to bare alef, digits made Western, Latin lower-cased,
 * whitespace collapsed.
 */
export function normalizeArabic(text: string): string {
  return toWesternDigits(text.normalize("NFC"))
    .replace(BIDI_CONTROLS, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "\u0627")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
