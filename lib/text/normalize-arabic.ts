// Arabic text normalization shared by search, tag matching, source matching
// and the article importer. Folding ة→ه or ى→ي is deliberately left out: done
// before Postgres' `arabic` stemmer it broke matches (see STACK.md).

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
// Bidi embeddings, overrides, isolates and marks: never meaningful in stored
// text, and able to reorder what is displayed around them.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EASTERN_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/g;

// C0 controls other than tab and line breaks, and DEL: PostgreSQL refuses NUL
// in text, and none of them means anything on a page.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Removes what user text may not carry: bidi controls and other control characters. */
export function stripControlCharacters(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(CONTROL_CHARACTERS, "");
}

/** Converts Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits. */
export function toWesternDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EASTERN_ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The form text is compared in: diacritics, tatweel and control characters removed,
 * alef forms folded to bare alef, digits made Western, Latin lower-cased,
 * whitespace collapsed.
 */
export function normalizeArabic(text: string): string {
  return toWesternDigits(stripControlCharacters(text).normalize("NFC"))
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "\u0627")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
