import { findQuotes } from "./extract-quotes";

/** A sentence of the article body: the unit every extracted piece cites as evidence. */
export interface Sentence {
  text: string;
  /** Index of the paragraph it came from, so a speaker can carry over to the next sentence of the same paragraph. */
  paragraph: number;
}

const TERMINATORS = ".!?؟…";

/**
 * Splits paragraphs into sentences at . ! ? ؟ — but not inside a quotation
 * ("لا، هذا تقرير خاطئ. إنه ..." is one statement), not in a number (3.5),
 * and not after a one-letter abbreviation (د. محمد، أ.ف.ب).
 */
export function splitSentences(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) =>
    splitParagraph(paragraph).map((text) => ({ text, paragraph: index })),
  );
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
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
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
