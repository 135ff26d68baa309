// How a verdict is shown wherever it travels (a claim's page, a timeline
// card, an embed, a share card): its label, its colour, and a shape that
// says the same without colour, so it survives greyscale printing and
// colour-blind readers. The scale is the newsroom's (VerdictLevel), so the
// shape follows the rating, and "unproven" (rated in the middle, but not a
// mix) has its own.

export type VerdictShape = "check" | "partial" | "mixed" | "warning" | "cross" | "question";

/** The glyph of each shape, as text: it prints, it copies, and screen readers skip it (aria-hidden). */
export const VERDICT_GLYPHS: Record<VerdictShape, string> = {
  check: "✔",
  partial: "◕",
  mixed: "◑",
  warning: "▲",
  cross: "✖",
  question: "?",
};

export function verdictShape(verdict: { key: string; ratingValue: number }): VerdictShape {
  if (verdict.key === "unproven") return "question";
  if (verdict.ratingValue >= 5) return "check";
  if (verdict.ratingValue === 4) return "partial";
  if (verdict.ratingValue === 3) return "mixed";
  if (verdict.ratingValue === 2) return "warning";
  return "cross";
}
