// Shared Intl plumbing for the formatters in this folder.
import type { Locale } from "./preferences";

/**
 * The Intl locale for an interface language. English is British English so
 * dates read "Friday, 26 January 2024" (day before month, as in Arabic) with a
 * 24-hour clock. Calendar and digits are passed as options, not in the tag.
 */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "ar";
}

// Intl formatters are costly to build and a timeline formats hundreds of
// dates, so each distinct (locale, options) pair is built once per process.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
