import { HIJRI_MONTHS, HIJRI_MONTH_PATTERN, MONTHS, MONTH_PATTERN, WEEKDAYS, addDays, gregorianOfHijri, isoDay, weekdayOf } from "@/lib/import/lexicon/calendar";
import { AGENCY_INITIALS, WIRE_AGENCIES, lexiconForm } from "@/lib/import/lexicon/lexicon";

// Dates as Arabic news sites print them: "تاريخ النشر: 26th, January 2024 GMT",
// "الأحد، ٣ مارس ٢٠٢٤ - ١١:٤٥ ص", "١٥ كانون الثاني (يناير) ٢٠٢٥", "2024/01/26",
// RFC 2822 ("Tue, 13 Mar 2018 13:01:53 +0400"), ISO 8601 ("2017-05-02T17:56:00+01:00"),
// often beside the Hijri date ("1445/11/02 هـ الموافق 2024/05/10 م"), which is
// passed over for the Gregorian one and converted only when it stands alone:
// the draft's dates are Gregorian. Everything is matched on the lexicon form,
// where digits are already Western.

export interface PublicationDate {
  /** YYYY-MM-DD, or an ISO date-time in UTC when the time and its zone are printed. */
  publishedAt: string;
  precision: "day" | "exact";
  /** The calendar day as printed, which relative words ("أمس") count from. */
  day: string;
}

interface FoundDate {
  day: string;
  /** Where the date lies in the lexicon-form text. */
  start: number;
  end: number;
}

const MONTH = `(${MONTH_PATTERN})(?!\\p{L})`;
const ORDINAL = "(?:st|nd|rd|th)?";
// Global, so that a match which is no Gregorian day (a Hijri year, 31/04) gives way to the next.
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})${ORDINAL}\\s*[,،]?\\s*${MONTH}(?:\\s*[/(-]\\s*(?:${MONTH_PATTERN})\\s*\\)?)?\\s*[,،]?\\s*(\\d{4})(?!\\d)`,
  "gu",
);
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH}\\s+(\\d{1,2})${ORDINAL}\\s*[,،]?\\s*(\\d{4})(?!\\d)`, "gu");
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const DAY_MONTH_YEAR_NUMERIC = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g;
// "2 ذو القعدة 1445", "1445/11/02", "02/11/1445": Hijri years are 13xx and 14xx.
const HIJRI_DATE = new RegExp(
  `(?<!\\d)(?:\\d{1,2}\\s*(?:${HIJRI_MONTH_PATTERN})(?!\\p{L})\\s*1[34]\\d{2}|1[34]\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]1[34]\\d{2})(?!\\d)`,
  "gu",
);
// The same, read for its parts when no Gregorian date is printed.
const HIJRI_PARTS: [RegExp, (match: RegExpExecArray) => [year: number, month: number, day: number]][] = [
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${HIJRI_MONTH_PATTERN})(?!\\p{L})\\s*(1[34]\\d{2})(?!\\d)`, "gu"), (m) => [Number(m[3]), hijriMonthNumber(m[2]), Number(m[1])]],
  [/(?<!\d)(1[34]\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](1[34]\d{2})(?!\d)/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}`, "u");

const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|ص|م|صباحا|مساء|مساءا)?(?!\p{L})/u;
const EVERY_TIME = new RegExp(TIME.source, "gu");
const UTC_ZONE = /(?:gmt|utc|غرينتش|غرينيتش|جرينتش|جرينيتش)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?/;
// An offset only counts right after a time ("10:15 +03:00"), never inside a date.
const NUMERIC_ZONE = /(?<=\d:\d{2}(?::\d{2})?\s*(?:am|pm|ص|م)?\s*)([+-])(\d{2}):?(\d{2})(?!\d)/u;
const EVERY_ZONE = [new RegExp(UTC_ZONE.source, "g"), new RegExp(NUMERIC_ZONE.source, "gu")];

// Gulf sites open the date line with the city, as a dateline: "الرياض - 12 رجب 1445 هـ الموافق 24 يناير 2024".
const PLACE_BEFORE_DATE = /^\p{L}+(?:\s\p{L}+)?\s*[-–—]\s*(?=\p{L}*\s*\d)/u;
// An agency's own dateline: "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس" — the city, the date, the agency.
const PLACE_OPENING_DATE = /^\p{L}+(?:\s\p{L}+)?\s+(?=\d)/u;
const PUBLISHED_MARKER = /^(?:تاريخ النشر|نشر في|نشر بتاريخ|تاريخ|نشر|بتاريخ|published|posted|date)(?!\p{L})/u;
const UPDATED_MARKER = /^(?:اخر تحديث|تحديث|تم التحديث|updated|last updated)(?!\p{L})/u;
// Words a line that only carries a date may also hold besides a Hijri date: weekday, time, zone, era marks.
const DATE_LINE_FILLER = new Set([
  ...WEEKDAYS.keys(),
  ...["gmt", "utc", "am", "pm", "بتوقيت", "غرينتش", "جرينتش", "ص", "م", "ه", "صباحا", "مساء", "الموافق", "هجري", "ميلادي"].map(lexiconForm),
]);

/** The first full date (day, month, year) in a text: a Gregorian one, else a Hijri one converted. */
export function findDate(text: string): FoundDate | null {
  const lex = lexiconForm(text);
  const first = (candidates: (FoundDate | null)[]) =>
    candidates.filter((found) => found !== null).sort((a, b) => a.start - b.start)[0] ?? null;
  return (
    first([
      matchDate(lex, DAY_MONTH_YEAR, (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])]),
      matchDate(lex, MONTH_DAY_YEAR, (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])]),
      matchDate(lex, YEAR_MONTH_DAY, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]),
      matchDate(lex, DAY_MONTH_YEAR_NUMERIC, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]),
    ]) ?? first(HIJRI_PARTS.map(([pattern, parts]) => matchDate(lex, pattern, parts, gregorianOfHijri)))
  );
}

/** The first match of a (global) pattern that is a Gregorian day. */
function matchDate(
  text: string,
  pattern: RegExp,
  parts: (match: RegExpExecArray) => [year: number, month: number, day: number],
  toIso: (year: number, month: number, day: number) => string | null = isoDay,
): FoundDate | null {
  for (const match of text.matchAll(pattern)) {
    const iso = toIso(...parts(match));
    if (iso) return { day: iso, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** A month's number from its name as matched (NaN when unknown, which no date accepts). */
function monthNumber(name: string | undefined): number {
  return MONTHS.get((name ?? "").replace(/\s+/g, " ")) ?? Number.NaN;
}

function hijriMonthNumber(name: string | undefined): number {
  return HIJRI_MONTHS.get((name ?? "").replace(/\s+/g, " ")) ?? Number.NaN;
}

/** The lexicon form of a date line, with ISO 8601's "T" between date and time made a space ("2017-05-02t17:56"). */
function dateLineForm(line: string): string {
  return lexiconForm(line).replace(/(\d)t(?=\d{1,2}:)/g, "$1 ");
}

/** A line that carries the publication date: it says so, or holds nothing but a date (and weekday, time, zone). */
export function isDateLine(line: string): boolean {
  const form = dateLineForm(line);
  const withoutAgency = withoutTrailingAgency(form);
  // Only a line that ends with the agency's name may open with the city and no dash: "انتخابات 3 مارس 2024" is a headline.
  const lex = (withoutAgency === form ? form : withoutAgency.replace(PLACE_OPENING_DATE, "")).replace(PLACE_BEFORE_DATE, "");
  const found = findDate(lex);
  if (!found) return false;
  if (PUBLISHED_MARKER.test(lex) || UPDATED_MARKER.test(lex)) return true;
  // The zone before the time: "10:30 ص gmt+3" would otherwise leave its "3" behind.
  const rest = [...EVERY_ZONE, HIJRI_DATE, EVERY_TIME].reduce(
    (text, pattern) => text.replace(pattern, " "),
    lex.slice(0, found.start) + " " + lex.slice(found.end),
  );
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "" && !DATE_LINE_FILLER.has(word));
  return words.length === 0;
}

/** A dateline without the agency that ends it ("… 2015 م واس"), in lexicon form. */
function withoutTrailingAgency(lex: string): string {
  const words = lex.trim().split(/\s+/u);
  for (const length of [3, 2, 1]) {
    const tail = words.slice(-length).join(" ").replace(/\./g, " ").replace(/\s+/g, " ");
    if (words.length > length && (WIRE_AGENCIES.has(tail) || AGENCY_INITIALS.has(tail))) return words.slice(0, -length).join(" ");
  }
  return lex;
}

/**
 * The article's publication date from its date lines: a line marked as the
 * publication date wins over an unmarked one, and both over "آخر تحديث".
 * Exact only when a time and its zone are printed (a bare local time would
 * be a guess), and then in the zone printed, so its calendar day is the one
 * the site printed.
 */
export function extractPublicationDate(dateLines: string[]): PublicationDate | null {
  const byPreference = [
    ...dateLines.filter((line) => PUBLISHED_MARKER.test(lexiconForm(line))),
    ...dateLines.filter((line) => !UPDATED_MARKER.test(lexiconForm(line))),
    ...dateLines,
  ];
  for (const line of byPreference) {
    const lex = dateLineForm(line);
    const found = findDate(lex);
    if (!found) continue;
    const exact = exactTime(lex, found.day);
    return exact ? { publishedAt: exact, precision: "exact", day: found.day } : { publishedAt: found.day, precision: "day", day: found.day };
  }
  return null;
}

function exactTime(lex: string, day: string): string | null {
  const time = TIME.exec(lex);
  const offsetMinutes = utcOffsetMinutes(lex);
  if (!time || offsetMinutes === null) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const meridiem = time[4];
  if (meridiem && ["pm", "م", "مساء", "مساءا"].includes(meridiem) && hour < 12) hour += 12;
  if (meridiem && ["am", "ص", "صباحا"].includes(meridiem) && hour === 12) hour = 0;
  const two = (value: number) => String(value).padStart(2, "0");
  return `${day}T${two(hour)}:${two(minute)}:${two(second)}${offsetText(offsetMinutes)}`;
}

/** "Z", "+04:00", "-05:30". */
function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

function utcOffsetMinutes(lex: string): number | null {
  const zone = UTC_ZONE.exec(lex) ?? NUMERIC_ZONE.exec(lex);
  if (!zone) return null;
  const [, sign, hours, minutes] = zone;
  if (!sign) return 0;
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
}

/**
 * The day a phrase like "اليوم الجمعة", "مساء أمس", "الخميس الماضي" or
 * "24 كانون الثاني" points to, counted from the publication day (without
 * one, only a full date counts). A named weekday wins over "أمس" or "اليوم"
 * beside it. Null when the phrase names no day.
 */
export function resolveRelativeDate(phrase: string, publishedOn: string | null): string | null {
  const explicit = findDate(phrase);
  if (explicit) return explicit.day;
  if (publishedOn === null) return null;
  const lex = lexiconForm(phrase);
  const dayMonth = DAY_MONTH.exec(lex);
  if (dayMonth) return dayOfMonthBefore(publishedOn, monthNumber(dayMonth[2]), Number(dayMonth[1]));
  const words = lex.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // "أمس الأربعاء" in Friday's paper: wire copy filed a day earlier keeps its
  // "أمس" when a site reprints it, while the weekday names the day itself.
  return namedWeekday(words, publishedOn) ?? dayCountedBack(words, publishedOn);
}

/** "يوم الخميس", "الجمعة الماضي": the most recent such weekday on or before the publication day. */
function namedWeekday(words: string[], publishedOn: string): string | null {
  const weekdayIndex = words.findIndex((word) => WEEKDAYS.has(word));
  const weekday = WEEKDAYS.get(words[weekdayIndex] ?? "");
  if (weekday === undefined) return null;
  return lastWeekday(publishedOn, weekday, words[weekdayIndex + 1] === lexiconForm("الماضي"));
}

/** "أمس", "أول أمس", "اليوم", "الليلة": days counted back from the publication day. */
function dayCountedBack(words: string[], publishedOn: string): string | null {
  const yesterday = words.indexOf(lexiconForm("أمس"));
  if (yesterday !== -1) return addDays(publishedOn, isDayBeforeYesterday(words, yesterday) ? -2 : -1);
  if (words.includes(lexiconForm("اليوم")) || words.includes(lexiconForm("الليلة"))) return publishedOn;
  return null;
}

/** "أول أمس" or "أول من أمس". */
function isDayBeforeYesterday(words: string[], yesterday: number): boolean {
  const first = lexiconForm("أول");
  return words[yesterday - 1] === first || (words[yesterday - 1] === "من" && words[yesterday - 2] === first);
}

/** The most recent such weekday on or before the day (strictly before when "الماضي" says so). */
function lastWeekday(day: string, weekday: number, strictlyBefore: boolean): string {
  const back = (weekdayOf(day) - weekday + 7) % 7;
  return addDays(day, back === 0 && strictlyBefore ? -7 : -back);
}

/** A day and month with no year: the latest such date not after the publication day. */
function dayOfMonthBefore(publishedOn: string, month: number, dayOfMonth: number): string | null {
  const year = Number(publishedOn.slice(0, 4));
  const sameYear = isoDay(year, month, dayOfMonth);
  if (!sameYear) return null;
  return sameYear <= publishedOn ? sameYear : isoDay(year - 1, month, dayOfMonth);
}
