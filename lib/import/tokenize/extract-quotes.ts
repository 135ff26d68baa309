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

// Each mark's family: marks of one family close each other.
const FAMILY_OF_MARK: ReadonlyMap<string, number> = new Map([
  ["“", 0], ["”", 0], ["„", 0],
  ["«", 1], ["»", 1],
  ['"', 2],
]);

/** Every closed quotation in a paragraph, in order. An unclosed mark is left as plain text. */
export function findQuotes(paragraph: string): QuoteSpan[] {
  const marks = markPositions(paragraph);
  const closing = nextOfSameFamily(marks);
  const quotes: QuoteSpan[] = [];
  let quotedUntil = -1;
  marks.forEach((open, m) => {
    const close = marks[closing[m]!];
    if (open.index <= quotedUntil || !close) return;
    const text = paragraph.slice(open.index + 1, close.index).trim();
    if (text !== "") quotes.push({ start: open.index, end: close.index + 1, text });
    quotedUntil = close.index;
  });
  return quotes;
}

interface Mark {
  index: number;
  family: number;
}

function markPositions(paragraph: string): Mark[] {
  const marks: Mark[] = [];
  for (let index = 0; index < paragraph.length; index++) {
    const family = FAMILY_OF_MARK.get(paragraph[index]!);
    if (family !== undefined) marks.push({ index, family });
  }
  return marks;
}

/** For each mark, the position in `marks` of the next mark of its family (-1 if none), found in one backward pass. */
function nextOfSameFamily(marks: Mark[]): number[] {
  const next: number[] = new Array(marks.length).fill(-1);
  const lastSeen = new Map<number, number>();
  for (let m = marks.length - 1; m >= 0; m--) {
    next[m] = lastSeen.get(marks[m]!.family) ?? -1;
    lastSeen.set(marks[m]!.family, m);
  }
  return next;
}
