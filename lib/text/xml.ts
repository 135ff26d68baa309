import { stripControlCharacters } from "./normalize-arabic";

/** Text for XML: escaped, and without characters XML 1.0 forbids or bidi controls that would reorder a feed reader's view. */
export function xmlText(text: string): string {
  return stripControlCharacters(text)
    // Beside the control characters (gone above), the two non-characters XML 1.0 does not allow.
    .replace(/[\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
