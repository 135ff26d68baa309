// Quotations mark what a speaker said in their own words. Arabic news uses
// “…”, «…» and "…"; right-to-left typing often swaps the curly marks (”…“),
// so each family pairs with its next mark, whichever way it faces.

/** A quotation within one paragraph: `start` is its opening mark, `end` is just after its closing mark. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The words inside the marks, trimmed. */
  text: string;
}

const QUOTE_FAMILIES = ["“”„", "«»", '"'];

/** Every closed quotation in a paragraph, in order. An unclosed mark is left as plain text. */
export function findQuotes(paragraph: string): QuoteSpan[] {
  const nextMark = createNextMarkFinder(paragraph);
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const family = QUOTE_FAMILIES.findIndex((marks) => marks.includes(paragraph[i]!));
    const close = family === -1 ? undefined : nextMark(family, i);
    if (close === undefined) {
      i++;
      continue;
    }
    const text = paragraph.slice(i + 1, close).trim();
    if (text !== "") quotes.push({ start: i, end: close + 1, text });
    i = close + 1;
  }
  return quotes;
}

/**
 * Finds a family's next mark after a position. Positions are asked in rising
 * order, so each family's cursor only moves forward: a paragraph full of
 * unclosed marks stays linear.
 */
function createNextMarkFinder(paragraph: string): (family: number, after: number) => number | undefined {
  const positions = QUOTE_FAMILIES.map((marks) => {
    const found: number[] = [];
    for (let i = 0; i < paragraph.length; i++) if (marks.includes(paragraph[i]!)) found.push(i);
    return found;
  });
  const cursors = QUOTE_FAMILIES.map(() => 0);
  return (family, after) => {
    const familyPositions = positions[family] ?? [];
    let cursor = cursors[family] ?? 0;
    while (cursor < familyPositions.length && familyPositions[cursor]! <= after) cursor++;
    cursors[family] = cursor;
    return familyPositions[cursor];
  };
}
