import type { Statement } from "@/lib/import/statements/statement-context";
import {
  AFFIRMING_VERBS,
  DENIAL_PHRASES,
  EMBEDDED_REPORT_VERBS,
  TOPIC_PREPOSITIONS,
  TRUTH_NEGATORS,
  hasWord,
  lexiconForm,
  withoutConjunction,
} from "@/lib/import/lexicon/lexicon";

// A denial or a confirmation is a statement that answers a report. A denial
// is marked by its verb (نفى، تنفي، كذبت) or by its words ("تقرير خاطئ"، "عار عن
// الصحة"، "لا يتوافق مع الواقع"), which win even over "أكد" ("أكد عدم صحة …").
// "أكد" alone only stresses a point; it confirms when it vouches for the
// report's truth ("صحة ما أوردته الوكالة") or points at the report itself.
// "صحة" and "صحيح" vouch only for a report: "وزارة الصحة" and "بصورة
// صحيحة" say nothing about one.

export type Stance = "denial" | "confirmation";

// Outlets and agencies carry reports; the words "شائعات" in their copy are
// not their own denial.
const CARRIER_KINDS = new Set(["agency", "outlet", "social"]);

const REPORT_REFERENCES = new Set(
  [
    "التقرير", "تقرير", "تقريرا", "التقارير", "تقارير", "الأنباء", "أنباء", "الخبر", "خبر", "الأخبار", "أخبار", "المعلومات",
    "الشائعات", "شائعات", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "ورد", ...EMBEDDED_REPORT_VERBS,
  ].map(lexiconForm),
);
const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك", "ذاك"].map(lexiconForm));
const TRUTH_NOUNS = new Set(["صحة", "بصحة"].map(lexiconForm));
const TRUE_WORDS = new Set(["صحيح", "صحيحة", "صحيحا"].map(lexiconForm));
const UNTRUE_MARKERS = new Set(["غير", "ليس", "ليست", "ليسوا"].map(lexiconForm));
// "هذه الأنباء"، "ما أوردته الوكالة": a reference to a report is this short.
const MAX_REFERENCE_WORDS = 5;

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

/**
 * "صحة ما أوردته", "أكد صحة", "بصحة التقرير", "هذا صحيح", "الخبر صحيح" —
 * but not "عدم صحة", "غير صحيح", "وزارة الصحة" or "بصورة صحيحة".
 */
export function vouchesForTruth(text: string): boolean {
  const list = words(text);
  return list.some((word, i) => {
    const before = list[i - 1] ?? "";
    const after = list[i + 1] ?? "";
    if (TRUTH_NOUNS.has(word)) {
      const ofReport = REPORT_REFERENCES.has(after) || DEMONSTRATIVES.has(after) || after === "ما" || hasWord(AFFIRMING_VERBS, before);
      return ofReport && !TRUTH_NEGATORS.has(before);
    }
    return TRUE_WORDS.has(word) && !UNTRUE_MARKERS.has(before) && (REPORT_REFERENCES.has(before) || DEMONSTRATIVES.has(before));
  });
}

/**
 * "هذه الأنباء"، "ذلك"، "صحة التقرير"، "ما أوردته الوكالة": words that only
 * point at the report, saying nothing of their own. "الأنباء عن إسقاط
 * الطائرة" says what the report was, so it is not only a reference.
 */
export function onlyReferencesReport(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > MAX_REFERENCE_WORDS) return false;
  if (list.some((word) => TOPIC_PREPOSITIONS.has(word))) return false;
  let i = 0;
  if (list[i] === lexiconForm("عدم")) i++;
  if (TRUTH_NOUNS.has(list[i] ?? "")) i++;
  if (DEMONSTRATIVES.has(list[i] ?? "")) {
    i++;
    if (i === list.length) return true;
  }
  const first = list[i] ?? "";
  return REPORT_REFERENCES.has(first) || (first === "ما" && EMBEDDED_REPORT_VERBS.has(list[i + 1] ?? ""));
}

function referencesReport(text: string): boolean {
  return words(text).some((word) => REPORT_REFERENCES.has(word));
}

function words(text: string): string[] {
  return lexiconForm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
