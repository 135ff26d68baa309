// Claim times and day headings in the reader's language, calendar and digits.
// Everything goes through Intl, which knows Umm al-Qura and Arabic month names;
// what is added here is precision: a time known only to a month is shown as
// that month, never as a made-up day.
import {
  claimCalendarDate,
  formatIsoCalendarDate,
  type CalendarDate,
  type TimePrecision,
} from "./claim-time";
import { dateTimeFormat, intlLocale } from "./intl";
import type { Preferences } from "./preferences";

const DATE_FIELDS = { day: "numeric", month: "long", year: "numeric" } as const;

// Which fields show, per precision; the clock time of exact times is added in
// formatClaimTime.
const FIELDS_FOR_PRECISION: Record<TimePrecision, Intl.DateTimeFormatOptions> = {
  exact: DATE_FIELDS,
  day: DATE_FIELDS,
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

function formatterFor(prefs: Preferences, timeZone: string, fields: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(intlLocale(prefs.locale), {
    calendar: prefs.calendar,
    numberingSystem: prefs.digits,
    timeZone,
    ...fields,
  });
}

/** First and last day (UTC midnights) of the Gregorian day, month or year a calendar date stands for. */
function gregorianPeriod(date: CalendarDate, precision: Exclude<TimePrecision, "exact">): [Date, Date] {
  const { year, month, day } = date;
  switch (precision) {
    case "day":
      return [new Date(Date.UTC(year, month - 1, day)), new Date(Date.UTC(year, month - 1, day))];
    case "month":
      // Day 0 of the next month is the last day of this one.
      return [new Date(Date.UTC(year, month - 1, 1)), new Date(Date.UTC(year, month, 0))];
    case "year":
      return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))];
  }
}

/**
 * A claim time as the reader should see it: "26 يناير 2024 في 2:05 م UTC",
 * "يناير 2024", "14 رجب 1445 هـ", "January 2024".
 *
 * Day, month and year precisions are Gregorian periods. In the Hijri calendar
 * a Gregorian month or year straddles two Hijri ones, so the whole span is
 * shown ("جمادى الآخرة – رجب 1445 هـ") rather than picking one and claiming
 * a precision the source never gave. formatRange collapses the span to a
 * single value when both ends agree, as they always do in Gregorian.
 */
export function formatClaimTime(
  date: Date,
  precision: TimePrecision,
  prefs: Preferences,
  timeZone = "UTC",
): string {
  if (precision === "exact") {
    // Arabic uses a 12-hour clock with ص/م ("2:05 م"); British English a
    // 24-hour one, where the leading zero is expected ("01:30", not "1:30").
    const hour = prefs.locale === "en" ? "2-digit" : "numeric";
    // A clock time means nothing without its zone: readers are anywhere, and the time is not theirs.
    return formatterFor(prefs, timeZone, { ...FIELDS_FOR_PRECISION.exact, hour, minute: "2-digit", timeZoneName: "short" }).format(date);
  }
  const [first, last] = gregorianPeriod(claimCalendarDate({ date, precision }, timeZone), precision);
  return formatterFor(prefs, "UTC", FIELDS_FOR_PRECISION[precision]).formatRange(first, last);
}

/**
 * A timeline day heading: "الجمعة، 26 يناير 2024" / "Friday, 26 January 2024",
 * for the day `date` falls on in `timeZone`. To head a group keyed by
 * `isoCalendarDay`, pass `new Date(key)` (UTC midnight) with "UTC".
 */
export function formatDayHeading(date: Date, prefs: Preferences, timeZone = "UTC"): string {
  return formatterFor(prefs, timeZone, { weekday: "long", ...DATE_FIELDS }).format(date);
}

/**
 * The machine-readable value for `<time dateTime>`, as precise as the claim:
 * the instant for exact times ("2024-01-26T14:05:00.000Z"), else "2024-01-26",
 * "2024-01" or "2024", all valid HTML date values.
 */
export function isoDate(date: Date, precision: TimePrecision = "exact"): string {
  if (precision === "exact") return date.toISOString();
  const day = formatIsoCalendarDate(claimCalendarDate({ date, precision }, "UTC"));
  return precision === "day" ? day : day.slice(0, precision === "month" ? 7 : 4);
}

/**
 * "YYYY-MM-DD" of the day a claim is shown on: in `timeZone` for exact times,
 * as stored for the others. Use it to group a timeline by day, and as the
 * `<time dateTime>` of a day heading.
 */
export function isoCalendarDay(date: Date, precision: TimePrecision, timeZone = "UTC"): string {
  return formatIsoCalendarDate(claimCalendarDate({ date, precision }, timeZone));
}
