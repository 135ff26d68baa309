import { stripControlCharacters } from "./normalize-arabic";

/** Text XML 1.0 can carry: without the characters it forbids, or bidi controls that would reorder a feed reader's view. */
export function xmlSafe(text: string): string {
  // Beside the control characters, the two non-characters XML 1.0 does not allow.
  return stripControlCharacters(text).replace(/[\uFFFE\uFFFF]/g, "");
}

/** Text for XML (and HTML): xmlSafe, then escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
