import { describe, expect, it } from "vitest";
import { formatClaimTime, formatDayHeading, isoCalendarDay, isoDate } from "@/lib/i18n/format-date";
import type { Preferences } from "@/lib/i18n/preferences";

const arGregorian: Preferences = { locale: "ar", calendar: "gregory", digits: "latn" };
const arHijri: Preferences = { locale: "ar", calendar: "islamic-umalqura", digits: "latn" };
const enGregorian: Preferences = { locale: "en", calendar: "gregory", digits: "latn" };
const enHijri: Preferences = { locale: "en", calendar: "islamic-umalqura", digits: "latn" };

const jan26 = new Date("2024-01-26T00:00:00Z");
const jan26Afternoon = new Date("2024-01-26T14:05:00Z");

describe("formatClaimTime: precision", () => {
  it("exact shows the date, the clock time and its zone", () => {
    expect(formatClaimTime(jan26Afternoon, "exact", arGregorian)).toBe("26 يناير 2024 في 2:05 م UTC");
    expect(formatClaimTime(jan26Afternoon, "exact", enGregorian)).toBe("26 January 2024 at 14:05 UTC");
  });

  it("day shows the date without a time", () => {
    expect(formatClaimTime(jan26, "day", arGregorian)).toBe("26 يناير 2024");
    expect(formatClaimTime(jan26, "day", enGregorian)).toBe("26 January 2024");
  });

  it("month shows month and year only, in both languages", () => {
    expect(formatClaimTime(jan26, "month", arGregorian)).toBe("يناير 2024");
    expect(formatClaimTime(jan26, "month", enGregorian)).toBe("January 2024");
    // Whatever day of the month is stored.
    expect(formatClaimTime(new Date("2024-01-01T00:00:00Z"), "month", arGregorian)).toBe("يناير 2024");
  });

  it("month in Hijri shows month and year only, spanning the two Hijri months a Gregorian month covers", () => {
    // January 2024 = 19 Jumada II – 19 Rajab 1445.
    expect(formatClaimTime(jan26, "month", arHijri)).toBe("جمادى الآخرة – رجب 1445 هـ");
    // English ranges are set with thin spaces around the dash.
    expect(formatClaimTime(jan26, "month", enHijri)).toBe("Jumada II\u2009–\u2009Rajab 1445 AH");
  });

  it("year shows the year only (in Hijri, the two years it straddles)", () => {
    expect(formatClaimTime(jan26, "year", arGregorian)).toBe("2024");
    expect(formatClaimTime(jan26, "year", arHijri)).toBe("1445–1446 هـ");
    expect(formatClaimTime(jan26, "year", enHijri)).toBe("1445–1446 AH");
  });
});

describe("formatClaimTime: Hijri (Umm al-Qura)", () => {
  it("converts known dates", () => {
    expect(formatClaimTime(jan26, "day", arHijri)).toBe("14 رجب 1445 هـ");
    expect(formatClaimTime(new Date("2024-03-11T00:00:00Z"), "day", arHijri)).toBe("1 رمضان 1445 هـ");
    expect(formatClaimTime(new Date("2024-04-10T00:00:00Z"), "day", arHijri)).toBe("1 شوال 1445 هـ");
    expect(formatClaimTime(new Date("2024-07-07T00:00:00Z"), "day", arHijri)).toBe("1 محرم 1446 هـ");
    expect(formatClaimTime(new Date("2025-03-01T00:00:00Z"), "day", arHijri)).toBe("1 رمضان 1446 هـ");
  });

  it("uses the AH era in English", () => {
    expect(formatClaimTime(jan26, "day", enHijri)).toBe("14 Rajab 1445 AH");
  });
});

describe("formatClaimTime: digits and time zone", () => {
  it("writes Arabic-Indic digits on request, in either language and calendar", () => {
    expect(formatClaimTime(jan26Afternoon, "exact", { ...arGregorian, digits: "arab" })).toBe(
      "٢٦ يناير ٢٠٢٤ في ٢:٠٥ م UTC",
    );
    expect(formatClaimTime(jan26, "day", { ...arHijri, digits: "arab" })).toBe("١٤ رجب ١٤٤٥ هـ");
    expect(formatClaimTime(jan26, "month", { ...enGregorian, digits: "arab" })).toBe("January ٢٠٢٤");
  });

  it("shows exact times in the display time zone, named", () => {
    const lateEvening = new Date("2024-01-26T22:30:00Z");
    expect(formatClaimTime(lateEvening, "exact", arGregorian, "Asia/Kuwait")).toBe("27 يناير 2024 في 1:30 ص غرينتش+3");
    expect(formatClaimTime(lateEvening, "exact", enGregorian, "Asia/Kuwait")).toBe("27 January 2024 at 01:30 GMT+3");
  });

  it("never shifts a date-precision claim into another day", () => {
    expect(formatClaimTime(jan26, "day", enGregorian, "America/New_York")).toBe("26 January 2024");
    expect(formatClaimTime(new Date("2024-02-01T00:00:00Z"), "month", enGregorian, "America/New_York")).toBe(
      "February 2024",
    );
  });
});

describe("formatDayHeading", () => {
  it("gives weekday, day, month and year", () => {
    expect(formatDayHeading(jan26, arGregorian)).toBe("الجمعة، 26 يناير 2024");
    expect(formatDayHeading(jan26, enGregorian)).toBe("Friday, 26 January 2024");
    expect(formatDayHeading(jan26, { ...arHijri, digits: "arab" })).toBe("الجمعة، ١٤ رجب ١٤٤٥ هـ");
  });

  it("uses the day in the display time zone", () => {
    expect(formatDayHeading(new Date("2024-01-26T22:30:00Z"), enGregorian, "Asia/Kuwait")).toBe(
      "Saturday, 27 January 2024",
    );
  });
});

describe("isoDate and isoCalendarDay", () => {
  it("is as precise as the claim", () => {
    expect(isoDate(jan26Afternoon)).toBe("2024-01-26T14:05:00.000Z");
    expect(isoDate(jan26, "day")).toBe("2024-01-26");
    expect(isoDate(jan26, "month")).toBe("2024-01");
    expect(isoDate(jan26, "year")).toBe("2024");
  });

  it("groups exact times by the display day and dates by their own day", () => {
    const lateEvening = new Date("2024-01-26T22:30:00Z");
    expect(isoCalendarDay(lateEvening, "exact", "Asia/Kuwait")).toBe("2024-01-27");
    expect(isoCalendarDay(jan26, "day", "America/New_York")).toBe("2024-01-26");
  });
});
