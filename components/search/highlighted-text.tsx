import type { Segment } from "@/lib/search/highlight";

/** Text with the words a search matched in <mark>. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
