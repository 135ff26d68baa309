import { lexiconForm } from "@/lib/import/lexicon/lexicon";
import type { QuoteSpan } from "./extract-quotes";

/** A word or a punctuation mark of a sentence, with where it sits in it. */
export interface Token {
  /** As written. */
  raw: string;
  /** Lexicon form (see lexicon.ts), what word lists are checked against. */
  lex: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Inside a quotation: what someone said, not the sentence's own structure. */
  inQuote: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a sentence into tokens; `quotes` (in order, as findQuotes gives them) mark what is quoted. */
export function tokenize(text: string, quotes: QuoteSpan[] = []): Token[] {
  let quoteIndex = 0;
  return Array.from(text.matchAll(TOKEN), (match) => {
    const start = match.index;
    const end = start + match[0].length;
    while (quoteIndex < quotes.length && quotes[quoteIndex]!.end <= start) quoteIndex++;
    const quote = quotes[quoteIndex];
    return {
      raw: match[0],
      lex: lexiconForm(match[0]),
      start,
      end,
      isWord: /[\p{L}\p{N}]/u.test(match[0]),
      inQuote: quote !== undefined && start > quote.start && end < quote.end,
    };
  });
}

/** Words with the definite article, like الكرملين (not إلى, which normalizes to الى). */
export function isDefinite(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && token.lex.startsWith("ال") && token.lex.length > 3;
}

export function isPunctuation(token: Token | undefined, marks: string): boolean {
  return token !== undefined && !token.isWord && marks.includes(token.raw);
}

export const QUOTE_MARKS = "“”«»\"„";

export function isComma(token: Token | undefined): boolean {
  return isPunctuation(token, "،,");
}
