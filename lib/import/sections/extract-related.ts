import type { DraftRelated } from "@/lib/import/import-draft.types";

// After "إقرأ أيضاً" sites list other stories: a short headline, sometimes
// followed by the story's paragraphs. Each headline becomes a context item
// with its first paragraph; the paragraphs after it are not ours to keep.

const MAX_HEADLINE_LENGTH = 150;
const SENTENCE_END = /[.!?؟…:]$/u;

/** Related stories from the lines after the "اقرأ أيضا" marker. */
export function extractRelated(lines: string[]): DraftRelated[] {
  const related: DraftRelated[] = [];
  for (const line of lines) {
    const last = related.at(-1);
    if (isHeadline(line)) {
      related.push({ headline: line, text: "" });
    } else if (last && last.text === "") {
      last.text = line;
    }
  }
  return related;
}

function isHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE_LENGTH && !SENTENCE_END.test(line);
}
