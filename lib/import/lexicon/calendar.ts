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

// Hijri months, which sites print beside the Gregorian date ("2 ذو القعدة 1445 هـ - 10 مايو 2024 م"),
// and Gulf datelines sometimes alone.
const HIJRI_MONTH_NAMES: [number, string[]][] = [
  [1, ["محرم"]],
  [2, ["صفر"]],
  [3, ["ربيع الأول"]],
  [4, ["ربيع الآخر", "ربيع الثاني"]],
  [5, ["جمادى الأولى", "جمادى الأول"]],
  [6, ["جمادى الآخرة", "جمادى الآخر", "جمادى الثانية"]],
  [7, ["رجب"]],
  [8, ["شعبان"]],
  [9, ["رمضان"]],
  [10, ["شوال"]],
  [11, ["ذو القعدة", "ذي القعدة"]],
  [12, ["ذو الحجة", "ذي الحجة"]],
];

/** Hijri month number by name, in lexicon form. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map(
  HIJRI_MONTH_NAMES.flatMap(([month, names]) => names.map((name) => [lexiconForm(name), month] as const)),
);

/** A regex alternation of the Hijri month names. */
export const HIJRI_MONTH_PATTERN = alternation([...HIJRI_MONTHS.keys()]);

const UMM_AL_QURA = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});
const DAY_MS = 86_400_000;

/**
 * The Gregorian day (YYYY-MM-DD) of a Hijri date in the Umm al-Qura
 * calendar Gulf sites print, or null if there is no such day. The
 * arithmetic (tabular) calendar gives a day within two of it; the
 * platform's Umm al-Qura calendar decides which.
 */
export function gregorianOfHijri(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const julianDay = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1;
  const tabular = Math.round((julianDay - 2440587.5) * DAY_MS);
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const date = new Date(tabular + shift * DAY_MS);
    const parts = new Map(UMM_AL_QURA.formatToParts(date).map((part) => [part.type, part.value]));
    if (Number(parts.get("year")) === year && Number(parts.get("month")) === month && Number(parts.get("day")) === day) {
      return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    }
  }
  return null;
}

/** Day of week (0 = Sunday) by name, in lexicon form. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ["الأحد", "sunday", "sun"],
    ["الاثنين", "الإثنين", "monday", "mon"],
    ["الثلاثاء", "tuesday", "tue", "tues"],
    ["الأربعاء", "wednesday", "wed"],
    ["الخميس", "thursday", "thu", "thurs"],
    ["الجمعة", "friday", "fri"],
    ["السبت", "saturday", "sat"],
  ].flatMap((names, day) => names.map((name) => [lexiconForm(name), day] as const)),
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
