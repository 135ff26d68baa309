// The gap between two claim times, said no more precisely than the less
// precise of the two allows: an exact time and a claim known only to the day
// are "في اليوم نفسه" / "same day", never "3 hours".
//
// Rules, finest first (precision = the coarser of the two sides):
// - exact: under an hour in minutes, under 24 hours in hours (both rounded
//   down); from 24 hours on, like 'day', using the dates the reader is shown.
// - day: calendar days until a whole month has passed, then months/years. A
//   month counts once its day of the month is reached, so 26 Jan 2024 →
//   18 Feb 2025 is 12 whole months, and 26 Jan 2024 → 26 Feb 2025 is 13.
// - month: the difference between calendar months, then months/years.
// - year: the difference between calendar years.
// Months become years when they make a whole number of years (12 → "بعد عام")
// or reach two years (30 → "بعد عامين", rounded down); below two years an
// uneven count stays in months (13 → "بعد ١٣ شهرًا") because "a year" would
// hide up to eleven months.
//
// Months and years are Gregorian whatever calendar the reader displays: the
// stored precision is Gregorian, and the counts differ from Hijri ones by at
// most one.
import { claimCalendarDate, coarserPrecision, type CalendarDate, type ClaimTime } from "./claim-time";
import { formatNumber } from "./format-number";
import { intlLocale, numberFormat } from "./intl";
import type { Preferences } from "./preferences";

export { formatNumber };

export type GapUnit = "minute" | "hour" | "day" | "month" | "year";

export type Gap =
  /** Indistinguishable at the precision both sides are known to. */
  | { kind: "same"; within: "moment" | "day" | "month" | "year" }
  | { kind: "elapsed"; amount: number; unit: GapUnit; direction: "later" | "earlier" };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How far `to` is from `from`, at the precision both are known to. */
export function measureGap(from: ClaimTime, to: ClaimTime, timeZone = "UTC"): Gap {
  const precision = coarserPrecision(from.precision, to.precision);

  if (precision === "exact") {
    const elapsedMs = to.date.getTime() - from.date.getTime();
    const direction = elapsedMs < 0 ? "earlier" : "later";
    const absMs = Math.abs(elapsedMs);
    if (absMs < MINUTE_MS) return { kind: "same", within: "moment" };
    if (absMs < HOUR_MS) return { kind: "elapsed", amount: Math.floor(absMs / MINUTE_MS), unit: "minute", direction };
    if (absMs < DAY_MS) return { kind: "elapsed", amount: Math.floor(absMs / HOUR_MS), unit: "hour", direction };
  }

  // Calendar comparisons: order by the dates shown, which for a mix of an
  // exact time (display zone) and a date (UTC) can differ from instant order.
  let start = claimCalendarDate(from, timeZone);
  let end = claimCalendarDate(to, timeZone);
  const direction = compareCalendarDates(end, start) < 0 ? "earlier" : "later";
  if (direction === "earlier") [start, end] = [end, start];

  switch (precision) {
    case "exact":
    case "day": {
      const months = wholeMonthsBetween(start, end);
      if (months > 0) return monthsOrYears(months, direction);
      const days = daysBetween(start, end);
      return days === 0 ? { kind: "same", within: "day" } : { kind: "elapsed", amount: days, unit: "day", direction };
    }
    case "month": {
      const months = (end.year - start.year) * 12 + (end.month - start.month);
      return months === 0 ? { kind: "same", within: "month" } : monthsOrYears(months, direction);
    }
    case "year": {
      const years = end.year - start.year;
      if (years === 0) return { kind: "same", within: "year" };
      return { kind: "elapsed", amount: years, unit: "year", direction };
    }
  }
}

function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysBetween(start: CalendarDate, end: CalendarDate): number {
  return Math.round(
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / DAY_MS,
  );
}

function wholeMonthsBetween(start: CalendarDate, end: CalendarDate): number {
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  return end.day < start.day ? months - 1 : months;
}

function monthsOrYears(months: number, direction: "later" | "earlier"): Gap {
  if (months % 12 === 0 || months >= 24) {
    return { kind: "elapsed", amount: Math.floor(months / 12), unit: "year", direction };
  }
  return { kind: "elapsed", amount: months, unit: "month", direction };
}

/**
 * The gap from one claim time to another, in words: "بعد ٣ ساعات", "بعد يومين",
 * "في اليوم نفسه", "بعد عام" / "3 hours later", "same day", "a year later".
 * A negative gap reads "قبل …" / "… earlier".
 */
export function formatGap(
  from: ClaimTime,
  to: ClaimTime,
  prefs: Pick<Preferences, "locale" | "digits">,
  timeZone = "UTC",
): string {
  const gap = measureGap(from, to, timeZone);
  return prefs.locale === "ar" ? arabicGap(gap, prefs) : englishGap(gap, prefs);
}

// ---- Arabic ----------------------------------------------------------------

const ARABIC_SAME: Record<Extract<Gap, { kind: "same" }>["within"], string> = {
  moment: "في الوقت نفسه",
  day: "في اليوم نفسه",
  month: "في الشهر نفسه",
  year: "في العام نفسه",
};

// Forms of each unit after a number (or alone, for 1 and 2). Intl's own Arabic
// is not usable here: RelativeTimeFormat says "خلال ٣ ساعات" (within), and
// NumberFormat's units give the nominative dual ("ساعتان") and "سنة", while
// after "بعد"/"قبل" the dual must be genitive ("بعد ساعتين") and the newsroom
// writes "عام". The plural category still comes from Intl.PluralRules:
// one: alone; two: genitive dual, alone; few (3–10): plural; many (11–99):
// accusative singular; other (100, 101, …): genitive singular.
interface ArabicUnitForms {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

const ARABIC_UNITS: Record<GapUnit, ArabicUnitForms> = {
  minute: { one: "دقيقة", two: "دقيقتين", few: "دقائق", many: "دقيقة", other: "دقيقة" },
  hour: { one: "ساعة", two: "ساعتين", few: "ساعات", many: "ساعة", other: "ساعة" },
  day: { one: "يوم", two: "يومين", few: "أيام", many: "يومًا", other: "يوم" },
  month: { one: "شهر", two: "شهرين", few: "أشهر", many: "شهرًا", other: "شهر" },
  year: { one: "عام", two: "عامين", few: "أعوام", many: "عامًا", other: "عام" },
};

const arabicPluralRules = new Intl.PluralRules("ar");

/** A count in the form that follows بعد/قبل: "ساعة", "ساعتين", "٣ ساعات", "١١ ساعة", "١٠٠ ساعة". */
function arabicCount(amount: number, unit: GapUnit, prefs: Pick<Preferences, "locale" | "digits">): string {
  const forms = ARABIC_UNITS[unit];
  const category = arabicPluralRules.select(amount);
  if (category === "one") return forms.one;
  if (category === "two") return forms.two;
  const word = category === "few" ? forms.few : category === "many" ? forms.many : forms.other;
  return `${formatNumber(amount, { ...prefs, locale: "ar" })} ${word}`;
}

function arabicGap(gap: Gap, prefs: Pick<Preferences, "locale" | "digits">): string {
  if (gap.kind === "same") return ARABIC_SAME[gap.within];
  return `${gap.direction === "later" ? "بعد" : "قبل"} ${arabicCount(gap.amount, gap.unit, prefs)}`;
}

// ---- English ---------------------------------------------------------------

const ENGLISH_SAME: Record<Extract<Gap, { kind: "same" }>["within"], string> = {
  moment: "same time",
  day: "same day",
  month: "same month",
  year: "same year",
};

// "a year later" reads better than "1 year later".
const ENGLISH_ONE: Record<GapUnit, string> = {
  minute: "a minute",
  hour: "an hour",
  day: "a day",
  month: "a month",
  year: "a year",
};

function englishGap(gap: Gap, prefs: Pick<Preferences, "locale" | "digits">): string {
  if (gap.kind === "same") return ENGLISH_SAME[gap.within];
  const duration =
    gap.amount === 1
      ? ENGLISH_ONE[gap.unit]
      : numberFormat(intlLocale("en"), {
          style: "unit",
          unit: gap.unit,
          unitDisplay: "long",
          numberingSystem: prefs.digits,
        }).format(gap.amount);
  return `${duration} ${gap.direction}`;
}
