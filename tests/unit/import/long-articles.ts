import { FIXTURE_NAMES, readFixture } from "./helpers";

/** A long article of realistic paragraphs: the fixtures' bodies, one after another. */
export function longArticle(bytes: number): string {
  const bodies = FIXTURE_NAMES.map((name) => readFixture(name).split("\n").slice(2, -2).join("\n"));
  const lines = ["الكرملين ينفي تقريرا", "تاريخ النشر: 26th, January 2024 GMT"];
  for (let i = 0; Buffer.byteLength(lines.join("\n")) < bytes; i++) lines.push(bodies[i % bodies.length]!);
  return lines.join("\n");
}

// Article bodies built to make a careless parser slow (backtracking regexps,
// rescans of a growing text): the robustness test checks each still yields a
// valid draft, and `npm run bench:import` that its parse time grows linearly.
// Each takes a scale: 1 is the size the test uses.

export const PATHOLOGICAL_BODIES: Record<string, (scale: number) => string> = {
  "one paragraph with no stops": (scale) => "قال مسؤول إن ".repeat(15_000 * scale),
  "unclosed quotation marks": (scale) => "“ « \" ".repeat(40_000 * scale),
  "one-letter abbreviations": (scale) => "د. ".repeat(60_000 * scale),
  "definite words without end": (scale) => "نفت " + "الوزارة ".repeat(25_000 * scale),
  "clauses without end": (scale) => "بحسب رويترز ".repeat(15_000 * scale),
  "glued furniture": (scale) => "الوسوم" + "أوكرانياروسيا".repeat(10_000 * scale),
  "a long line of dates": (scale) => "12/12/2024 ".repeat(15_000 * scale),
  "many different speakers": (scale) =>
    Array.from(
      { length: 500 * scale },
      (_, i) => `وقال المتحدث باسم الوزارة${i} فلان${i} إن الخبر غير صحيح. وذكرت صحيفة جريدة${i} أن شيئا حدث${i}.`,
    ).join("\n"),
};
