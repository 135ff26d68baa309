import type { Statement } from "./statement-context";
import { DENIAL_PHRASES, EMBEDDED_REPORT_VERBS, TRUTH_NEGATORS, lexiconForm, withoutConjunction } from "./lexicon";

// A denial or a confirmation is a statement that answers a report. A denial
// is marked by its verb (نفى، تنفي) or by its words ("تقرير خاطئ"، "عار عن
// الصحة"، "لا يتوافق مع الواقع"), which win even over "أكد" ("أكد عدم صحة …").
// "أكد" alone only stresses a point; it confirms when it vouches for the
// report's truth ("صحة ما أوردته الوكالة") or points at the report itself.

export type Stance = "denial" | "confirmation";

// Outlets and agencies carry reports; the words "شائعات" in their copy are
// not their own denial.
const CARRIER_KINDS = new Set(["agency", "outlet", "social"]);

const REPORT_REFERENCES = new Set(
  ["التقرير", "تقرير", "تقريرا", "التقارير", "الأنباء", "أنباء", "الخبر", "الأخبار", "المعلومات", "ورد", ...EMBEDDED_REPORT_VERBS].map(
    lexiconForm,
  ),
);
const TRUE_WORDS = new Set(["صحيح", "صحيحة", "صحيحا"].map(lexiconForm));
const UNTRUE_MARKERS = new Set(["غير", "ليس", "ليست", "ليسوا"].map(lexiconForm));

export function stanceOf(statement: Statement): Stance | null {
  if (statement.verb === "deny") return "denial";
  if (CARRIER_KINDS.has(statement.speaker.kind)) return null;
  if (hasDenialPhrase(statement.content)) return "denial";
  if (vouchesForTruth(statement.content)) return "confirmation";
  if (statement.verb === "affirm" && referencesReport(statement.content)) return "confirmation";
  return null;
}

/** "تقرير خاطئ"، "عار عن الصحة"، "(و)لا أساس له من الصحة"… */
export function hasDenialPhrase(text: string): boolean {
  const list = words(text);
  // A phrase may start on a word with a conjunction glued to it: "ولا أساس له".
  const forms = [list, list.map(withoutConjunction)].map((form) => ` ${form.join(" ")} `);
  return DENIAL_PHRASES.some((phrase) => forms.some((form) => form.includes(` ${phrase} `)));
}

/** "صحة ما أوردته", "هذا صحيح" — but not "عدم صحة", "عار عن الصحة" or "غير صحيح". */
export function vouchesForTruth(text: string): boolean {
  const list = words(text);
  return list.some((word, i) => {
    const before = list[i - 1] ?? "";
    if (word === lexiconForm("صحة") || word === lexiconForm("الصحة")) return !TRUTH_NEGATORS.has(before) && before !== lexiconForm("أساس");
    return TRUE_WORDS.has(word) && !UNTRUE_MARKERS.has(before);
  });
}

function referencesReport(text: string): boolean {
  return words(text).some((word) => REPORT_REFERENCES.has(word));
}

function words(text: string): string[] {
  return lexiconForm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
