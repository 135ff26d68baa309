// Reader display preferences: interface language, calendar and digits. They
// live in cookies so Server Components can render the right form on the first
// response; anything missing or tampered with falls back to the default rather
// than failing the page.
import { z } from "zod";

export const LOCALES = ["ar", "en"] as const;
export const CALENDARS = ["gregory", "islamic-umalqura"] as const;
export const DIGITS = ["latn", "arab"] as const;

export type Locale = (typeof LOCALES)[number];
/** Unicode calendar identifiers, passed straight to Intl. */
export type Calendar = (typeof CALENDARS)[number];
/** Unicode numbering system identifiers: Western (latn) or Arabic-Indic (arab). */
export type Digits = (typeof DIGITS)[number];

export const DEFAULT_PREFERENCES = {
  locale: "ar",
  calendar: "gregory",
  digits: "latn",
} as const satisfies { locale: Locale; calendar: Calendar; digits: Digits };

/** Cookie names, one per preference, so each can be changed on its own. */
export const PREFERENCE_COOKIES = {
  locale: "isnad-locale",
  calendar: "isnad-calendar",
  digits: "isnad-digits",
} as const;

// `.catch` (not `.default`) so an unknown value is replaced, not only a missing one.
export const preferencesSchema = z.object({
  locale: z.enum(LOCALES).catch(DEFAULT_PREFERENCES.locale),
  calendar: z.enum(CALENDARS).catch(DEFAULT_PREFERENCES.calendar),
  digits: z.enum(DIGITS).catch(DEFAULT_PREFERENCES.digits),
});

export type Preferences = z.output<typeof preferencesSchema>;

export interface PreferenceCookieValues {
  locale?: string;
  calendar?: string;
  digits?: string;
}

/** Reads preferences from raw cookie values; each invalid one becomes its default. */
export function parsePreferences(cookieValues: PreferenceCookieValues): Preferences {
  return preferencesSchema.parse({
    locale: cookieValues.locale,
    calendar: cookieValues.calendar,
    digits: cookieValues.digits,
  });
}
