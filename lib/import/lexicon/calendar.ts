import { lexiconForm } from "./lexicon";

// Calendar words as Arabic news sites write them, in lexicon form. Egypt and
// the Gulf use يناير…ديسمبر, the Levant and Iraq كانون الثاني…كانون الأول,
// the Maghreb جانفي…/يوليوز… — the same site may print two side by side.

const MONTH_NAMES: [number, string[]][] = [
  [1, ["يناير", "كانون الثاني", "جانفي", "january", "jan"]],
  [2, ["فبراير", "شباط", "فيفري", "february", "feb"]],
  [3, ["مارس", "آذار", "march", "mar"]],
  [4, ["أبريل", "إبريل", "نيسان", "أفريل", "april", "apr"]],
  [5, ["مايو", "أيار", "ماي", "may"]],
  [6, ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"]],
  [7, ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul"]],
  [8, ["أغسطس", "آب", "أوت", "غشت", "august", "aug"]],
  [9, ["سبتمبر", "أيلول", "شتنبر", "september", "sept", "sep"]],
  [10, ["أكتوبر", "تشرين الأول", "october", "oct"]],
  [11, ["نوفمبر", "تشرين الثاني", "نونبر", "november", "nov"]],
  [12, ["ديسمبر", "كانون الأول", "دجنبر", "december", "dec"]],
];

/** Month number by name, in lexicon form. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap(([month, names]) => names.map((name) => [lexiconForm(name), month] as const)),
);

/** A regex alternation of names in lexicon form, longest first so "مايو" wins over "ماي". */
function alternation(names: string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/ /g, "\\s+"))
    .join("|");
}

/** A regex alternation of every month name. */
export const MONTH_PATTERN = alternation([...MONTHS.keys()]);

// Hijri months, which sites print beside the Gregorian date ("2 ذو القعدة 1445 هـ - 10 مايو 2024 م").
const HIJRI_MONTH_NAMES = [
  "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الأول", "جمادى الآخرة",
  "جمادى الآخر", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
];

/** A regex alternation of the Hijri month names. */
export const HIJRI_MONTH_PATTERN = alternation(HIJRI_MONTH_NAMES.map(lexiconForm));

/** Day of week (0 = Sunday) by name, in lexicon form. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"].map((name, day) => [lexiconForm(name), day]),
);

/** A calendar day as YYYY-MM-DD, or null if there is no such day (31 February). */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= 1900 && year <= 2100 ? date.toISOString().slice(0, 10) : null;
}

/** The day `days` after (or before, if negative) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
