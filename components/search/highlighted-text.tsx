import { highlight } from "@/lib/search/highlight";

/**
 * `text` with the words a search matched in <mark>; without `words`, the
 * text as it is. With `maxLength`, a long text is cut around the first match.
 */
export function HighlightedText({ text, words, maxLength }: { text: string; words: string | undefined; maxLength?: number }) {
  if (!words) return text;
  return highlight(text, words, maxLength).map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
