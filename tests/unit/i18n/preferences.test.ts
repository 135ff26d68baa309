import { describe, expect, it } from "vitest";
import { DEFAULT_PREFERENCES, PREFERENCE_COOKIES, parsePreferences } from "@/lib/i18n/preferences";

describe("parsePreferences", () => {
  it("defaults to Arabic, Gregorian, Western digits", () => {
    expect(parsePreferences({})).toEqual({ locale: "ar", calendar: "gregory", digits: "latn" });
    expect(DEFAULT_PREFERENCES).toEqual({ locale: "ar", calendar: "gregory", digits: "latn" });
  });

  it("keeps valid values", () => {
    expect(parsePreferences({ locale: "en", calendar: "islamic-umalqura", digits: "arab" })).toEqual({
      locale: "en",
      calendar: "islamic-umalqura",
      digits: "arab",
    });
  });

  it("replaces each invalid value with its default, keeping the valid ones", () => {
    expect(parsePreferences({ locale: "fr", calendar: "islamic-umalqura", digits: "" })).toEqual({
      locale: "ar",
      calendar: "islamic-umalqura",
      digits: "latn",
    });
    // Close but not the Umm al-Qura identifier: other Islamic calendars are not offered.
    expect(parsePreferences({ calendar: "islamic" }).calendar).toBe("gregory");
    expect(parsePreferences({ locale: "EN" }).locale).toBe("ar");
  });

  it("names one distinct cookie per preference", () => {
    expect(new Set(Object.values(PREFERENCE_COOKIES)).size).toBe(3);
  });
});
