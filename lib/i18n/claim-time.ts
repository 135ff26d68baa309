// A claim's time is an instant plus how precisely it is known. Only 'exact'
// times are real instants; 'day', 'month' and 'year' are calendar dates stored
// at UTC midnight (for a month or a year, of any day inside it), the usual way
// of keeping a date in a timestamp column. They are therefore read in UTC, never shifted
// into the display time zone: "26 January" must not become "25 January" for a
// reader west of Greenwich.
import type { TimePrecision } from "@/lib/vocabulary";
import { dateTimeFormat } from "./intl";

export type { TimePrecision };

export interface ClaimTime {
  date: Date;
  precision: TimePrecision;
}

/** A Gregorian calendar date; month is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const PRECISIONS_FINEST_FIRST: readonly TimePrecision[] = ["exact", "day", "month", "year"];

/** The less precise of two precisions: what a comparison of the two can honestly claim. */
export function coarserPrecision(a: TimePrecision, b: TimePrecision): TimePrecision {
  return PRECISIONS_FINEST_FIRST.indexOf(a) > PRECISIONS_FINEST_FIRST.indexOf(b) ? a : b;
}

/** The time zone a claim time is read in: the display zone for exact times, UTC for calendar dates. */
export function readingTimeZone(precision: TimePrecision, displayTimeZone: string): string {
  return precision === "exact" ? displayTimeZone : "UTC";
}

/** The Gregorian date `date` falls on in `timeZone`. */
export function calendarDateIn(date: Date, timeZone: string): CalendarDate {
  const parts = dateTimeFormat("en-US", {
    calendar: "gregory",
    numberingSystem: "latn",
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** The calendar date a claim time falls on, as the reader is shown it. */
export function claimCalendarDate(time: ClaimTime, displayTimeZone: string): CalendarDate {
  return calendarDateIn(time.date, readingTimeZone(time.precision, displayTimeZone));
}

/** "YYYY-MM-DD" for a calendar date. */
export function formatIsoCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
