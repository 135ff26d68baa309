import type { People } from "@/lib/import/entities/extract-people";
import { findQuotes, type QuoteSpan } from "@/lib/import/tokenize/extract-quotes";
import { CLAUSE_OPENERS } from "@/lib/import/lexicon/lexicon";
import type { Attribution } from "@/lib/import/coreference/resolve-anaphor";
import type { Sentence } from "@/lib/import/tokenize/split-sentences";
import { QUOTE_MARKS, type Token } from "@/lib/import/tokenize/tokenize";

// What the statement readers share: the statement they produce and the
// sentence they read it from. An actor that only points back ("الوكالة") is
// resolved against what was said before by coreference/resolve-anaphor.

export type StatementVerb = "report" | "deny" | "affirm";

/**
 * Who said what, and through whom: "ونقلت بلومبرج عن شخصين مقربين من
 * الكرملين أن …" is said by the two people and carried by Bloomberg.
 */
export interface Statement extends Attribution {
  verb: StatementVerb;
  /** What was said, from the sentence. */
  content: string;
  /** The first quotation in what was said. */
  quote: string | null;
  sentence: Sentence;
  /** The words between the verb and what was said, where "اليوم الجمعة" or "مساء أمس" say when. */
  dateSpan: string;
  /** The speaker was only referred to ("الوكالة", "وأضاف"): this continues an earlier statement. */
  continuation: boolean;
}

export interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  quotes: QuoteSpan[];
  people: People;
  /** Every statement before the one being read, this sentence's included. */
  history: Statement[];
}

// "لكن"، "من جهتها،" — a few words at most before a subject that precedes its verb.
const MAX_OPENER_TOKENS = 4;

/** Skips what may open a sentence before its subject: "لكن"، "من جهتها،". */
export function skipOpeners(tokens: Token[], from: number): number {
  let start = from;
  while (start - from < MAX_OPENER_TOKENS && tokens[start] && (!tokens[start]!.isWord || CLAUSE_OPENERS.has(tokens[start]!.lex))) start++;
  return start;
}

export function firstQuoteBetween(context: SentenceContext, from: number, to: number): string | null {
  return context.quotes.find((quote) => quote.start >= from && quote.end <= to)?.text ?? null;
}

/** Trims the punctuation a cut leaves at either end: "، إن …." → "إن …". */
export function cleanContent(text: string): string {
  const trimmed = text.replace(/^[\s،,:\-–—]+/u, "").replace(/[\s،,.:\-–—]+$/u, "").replace(/\s+و$/u, "").trim();
  return withoutStrayQuoteMarks(trimmed);
}

/** Drops a quotation mark left open at either end: "“لا، هذا تقرير خاطئ" → "لا، هذا تقرير خاطئ". */
function withoutStrayQuoteMarks(text: string): string {
  const quotes = findQuotes(text);
  const stray = (index: number) =>
    QUOTE_MARKS.includes(text[index] ?? "") && !quotes.some((quote) => quote.start === index || quote.end - 1 === index);
  const start = stray(0) ? 1 : 0;
  const end = text.length > start && stray(text.length - 1) ? text.length - 1 : text.length;
  return text.slice(start, end).trim();
}
