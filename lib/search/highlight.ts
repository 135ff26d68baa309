// Marks the words of a displayed text that a search matched. Matching runs on
// the normalized text (as the database compares it: no diacritics or tatweel,
// alef forms folded) and each match is mapped back to the original
// characters, so "الكِرْمْلِين" is marked whole, diacritics included, when
// the reader typed كرملين.
import { normalizeArabic } from "@/lib/text/normalize-arabic";

export type Segment = { text: string; match: boolean };

/** A normalized text and, for each of its characters, the span of the original it came from. */
type Normalized = { normalized: string; start: number[]; end: number[] };

/**
 * normalizeArabic, one character at a time, remembering where each output
 * character came from. The text must already be NFC (normalizeArabic's first
 * step); every other step of normalizeArabic maps one character to zero or
 * more, which is what makes the mapping possible.
 */
export function normalizeWithOffsets(text: string): Normalized {
  const out: Normalized = { normalized: "", start: [], end: [] };
  const push = (char: string, from: number, to: number) => {
    out.normalized += char;
    out.start.push(from);
    out.end.push(to);
  };
  let index = 0;
  for (const char of text) {
    const next = index + char.length;
    if (/\s/.test(char)) {
      if (out.normalized && !out.normalized.endsWith(" ")) push(" ", index, next);
    } else {
      for (const unit of normalizeArabic(char)) push(unit, index, next);
    }
    index = next;
  }
  if (out.normalized.endsWith(" ")) {
    out.normalized = out.normalized.slice(0, -1);
    out.start.pop();
    out.end.pop();
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Prefixes glued to Arabic words: the article and the conjunctions and
// prepositions that attach to it. The stemmer strips them in the database.
const ARABIC_PREFIX = /^(?:وال|بال|فال|كال|لل|ال)(?=\p{L}{3})/u;
const FUZZY_MIN_LENGTH = 4;
const FUZZY_SIMILARITY = 0.5;

const bare = (word: string) => word.replace(ARABIC_PREFIX, "");

/** pg_trgm's similarity, for one word against another: shared trigrams over all trigrams. */
function trigramSimilarity(a: string, b: string): number {
  const trigrams = (word: string) => {
    const padded = `  ${word} `;
    const set = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
    return set;
  };
  const [left, right] = [trigrams(a), trigrams(b)];
  const shared = [...left].filter((trigram) => right.has(trigram)).length;
  return shared / (left.size + right.size - shared);
}

/** Whether a word of the text is one the reader searched for: the same, containing it, or a close spelling. */
function wordMatches(word: string, term: string): boolean {
  const [w, t] = [bare(word), bare(term)];
  if (w === t) return true;
  if (t.length >= 3 && w.includes(t)) return true;
  return Math.min(w.length, t.length) >= FUZZY_MIN_LENGTH && trigramSimilarity(w, t) >= FUZZY_SIMILARITY;
}

/** The search words of a query, normalized. */
export function searchTerms(query: string | undefined): string[] {
  return [...normalizeArabic(query ?? "").matchAll(WORD)].map((match) => match[0]).filter((term) => term.length >= 2);
}

/**
 * `text` cut into segments, the words matching `query` marked. With
 * `maxLength`, a long text is cut to about that many characters around its
 * first match, with "…" where it was cut.
 */
export function highlight(text: string, query: string | undefined, maxLength?: number): Segment[] {
  const display = text.normalize("NFC");
  const terms = searchTerms(query);
  const { normalized, start, end } = normalizeWithOffsets(display);

  const ranges: [number, number][] = [];
  if (terms.length) {
    for (const word of normalized.matchAll(WORD)) {
      if (!terms.some((term) => wordMatches(word[0], term))) continue;
      let to = end[word.index + word[0].length - 1]!;
      // Marks and tatweel after the last letter belong to the word.
      while (to < display.length && /[\p{M}\u0640]/u.test(display[to]!)) to++;
      ranges.push([start[word.index]!, to]);
    }
  }

  const [from, to] = excerptBounds(display, ranges[0]?.[0] ?? 0, maxLength);
  const segments: Segment[] = [];
  let at = from;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeEnd <= from || rangeStart >= to) continue;
    const [s, e] = [Math.max(rangeStart, from), Math.min(rangeEnd, to)];
    if (s > at) segments.push({ text: display.slice(at, s), match: false });
    segments.push({ text: display.slice(s, e), match: true });
    at = e;
  }
  if (at < to) segments.push({ text: display.slice(at, to), match: false });
  if (from > 0) segments.unshift({ text: "…", match: false });
  if (to < display.length) segments.push({ text: "…", match: false });
  return segments;
}

/** About `maxLength` characters around `focus`, on word boundaries. */
function excerptBounds(text: string, focus: number, maxLength: number | undefined): [number, number] {
  if (!maxLength || text.length <= maxLength) return [0, text.length];
  let from = Math.max(0, Math.min(focus - Math.floor(maxLength / 3), text.length - maxLength));
  let to = Math.min(text.length, from + maxLength);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  return [from, to];
}
