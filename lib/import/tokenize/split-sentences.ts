import { findQuotes, type QuoteSpan } from "./extract-quotes";
import { tokenize, type Token } from "./tokenize";

/** A sentence of the article body: the unit every extracted piece cites as evidence. */
export interface Sentence {
  text: string;
  /** Its quotations, by offset in `text`. */
  quotes: QuoteSpan[];
  /** Its words and marks, read once for every extractor. */
  tokens: Token[];
}

const TERMINATORS = ".!?؟…";
// Longer than any real sentence: text without stops is cut here (at a space),
// so the work per sentence stays bounded however the text is punctuated.
export const MAX_SENTENCE_LENGTH = 1500;

/**
 * Splits paragraphs into sentences at . ! ? ؟ — but not inside a quotation
 * ("لا، هذا تقرير خاطئ. إنه ..." is one statement), not in a number (3.5),
 * and not after a one-letter abbreviation (د. محمد، أ.ف.ب).
 */
export function splitSentences(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap(splitParagraph).map((text) => {
    const quotes = findQuotes(text);
    return { text, quotes, tokens: tokenize(text, quotes) };
  });
}

function splitParagraph(paragraph: string): string[] {
  const quoted = markQuoted(paragraph);
  const sentences: string[] = [];
  let from = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (!TERMINATORS.includes(paragraph[i]!) || quoted[i] || !endsSentence(paragraph, i)) continue;
    while (i + 1 < paragraph.length && TERMINATORS.includes(paragraph[i + 1]!)) i++;
    sentences.push(paragraph.slice(from, i + 1));
    from = i + 1;
  }
  sentences.push(paragraph.slice(from));
  return sentences
    .flatMap(cutOverlong)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function cutOverlong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_LENGTH) {
    const space = rest.lastIndexOf(" ", MAX_SENTENCE_LENGTH);
    const cut = space > 0 ? space : MAX_SENTENCE_LENGTH;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

function markQuoted(paragraph: string): Uint8Array {
  const quoted = new Uint8Array(paragraph.length);
  for (const quote of findQuotes(paragraph)) quoted.fill(1, quote.start + 1, quote.end - 1);
  return quoted;
}

function endsSentence(paragraph: string, i: number): boolean {
  if (paragraph[i] !== ".") return true;
  const before = paragraph[i - 1] ?? "";
  const after = paragraph[i + 1] ?? "";
  if (/\d/.test(before) && /\d/.test(after)) return false;
  const isOneLetterWord = /\p{L}/u.test(before) && !/\p{L}/u.test(paragraph[i - 2] ?? "");
  return !isOneLetterWord;
}
