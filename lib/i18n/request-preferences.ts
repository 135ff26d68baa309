import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { translator } from "./messages";
import { PREFERENCE_COOKIES, parsePreferences, type Preferences } from "./preferences";

/** The reader's display preferences for this request, from their cookies. */
export const getPreferences = cache(async (): Promise<Preferences> => {
  const jar = await cookies();
  return parsePreferences({
    locale: jar.get(PREFERENCE_COOKIES.locale)?.value,
    calendar: jar.get(PREFERENCE_COOKIES.calendar)?.value,
    digits: jar.get(PREFERENCE_COOKIES.digits)?.value,
  });
});

/** Preferences plus a translator bound to the reader's language: what every page starts with. */
export async function getI18n() {
  const prefs = await getPreferences();
  return { prefs, t: translator(prefs.locale), dir: prefs.locale === "ar" ? ("rtl" as const) : ("ltr" as const) };
}
