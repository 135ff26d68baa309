const ELLIPSIS = "…";

// What may hang at the end of a cut: spaces and separators, which would read as
// the text's own punctuation before the ellipsis.
const TRAILING_SEPARATORS = /[\s.,;:،؛\-–—]+$/u;

// A character that belongs to the one before it: Arabic diacritics and other
// combining marks, or the second half of a surrogate pair. A cut just before
// one would split a letter.
const CONTINUES_LETTER = /^[\p{M}\uDC00-\uDFFF]/u;

/**
 * Text shortened to about `max` characters for a line in a list: cut at the
 * last word boundary before `max` (or, in one long word, between letters),
 * with "…" saying it goes on. Line breaks and runs of spaces read as one
 * space, as they do in the line it is shown in. Short text comes back whole.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const lastSpace = flat.lastIndexOf(" ", max);
  // A boundary in the first half would throw most of the room away: cut the long word instead.
  let cut = lastSpace > max / 2 ? lastSpace : max;
  while (cut > 0 && CONTINUES_LETTER.test(flat.slice(cut))) cut -= 1;
  return `${flat.slice(0, cut).replace(TRAILING_SEPARATORS, "")}${ELLIPSIS}`;
}
