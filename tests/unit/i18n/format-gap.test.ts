import { describe, expect, it } from "vitest";
import type { ClaimTime, TimePrecision } from "@/lib/i18n/claim-time";
import { formatGap, formatNumber, measureGap } from "@/lib/i18n/format-gap";

const at = (iso: string, precision: TimePrecision): ClaimTime => ({ date: new Date(iso), precision });

const arArab = { locale: "ar", digits: "arab" } as const;
const arLatn = { locale: "ar", digits: "latn" } as const;
const en = { locale: "en", digits: "latn" } as const;

describe("formatGap: precision", () => {
  it("counts hours between two exact times", () => {
    const from = at("2024-01-26T10:00:00Z", "exact");
    const to = at("2024-01-26T13:30:00Z", "exact");
    expect(formatGap(from, to, arArab)).toBe("بعد ٣ ساعات");
    expect(formatGap(from, to, arLatn)).toBe("بعد 3 ساعات");
    expect(formatGap(from, to, en)).toBe("3 hours later");
  });

  it("says same day, not hours, when one side is known only to the day", () => {
    const from = at("2024-01-26T10:00:00Z", "exact");
    const to = at("2024-01-26T00:00:00Z", "day");
    expect(formatGap(from, to, arArab)).toBe("في اليوم نفسه");
    expect(formatGap(from, to, en)).toBe("same day");
  });

  it("says same month when one side is known only to the month", () => {
    expect(formatGap(at("2024-01-01T00:00:00Z", "month"), at("2024-01-30T00:00:00Z", "day"), arArab)).toBe(
      "في الشهر نفسه",
    );
    expect(formatGap(at("2024-01-01T00:00:00Z", "month"), at("2024-03-30T00:00:00Z", "day"), en)).toBe(
      "2 months later",
    );
  });

  it("compares years when one side is known only to the year", () => {
    expect(formatGap(at("2024-01-01T00:00:00Z", "year"), at("2024-12-30T00:00:00Z", "exact"), arArab)).toBe(
      "في العام نفسه",
    );
    expect(formatGap(at("2024-01-01T00:00:00Z", "year"), at("2030-01-30T00:00:00Z", "day"), arArab)).toBe(
      "بعد ٦ أعوام",
    );
  });

  it("counts exact times from 24 hours on by the dates the reader sees", () => {
    // 25 hours, but the display dates are 26 and 28 January in Kuwait.
    const from = at("2024-01-26T20:30:00Z", "exact"); // 26 Jan 23:30 Kuwait
    const to = at("2024-01-27T21:30:00Z", "exact"); // 28 Jan 00:30 Kuwait
    expect(formatGap(from, to, en, "Asia/Kuwait")).toBe("2 days later");
    expect(formatGap(from, to, en, "UTC")).toBe("a day later");
  });

  it("orders an exact time and a date by the dates shown", () => {
    // 26 Jan 23:00 in New York is already 27 Jan in UTC; the dated claim is 27 Jan.
    const exact = at("2024-01-27T04:00:00Z", "exact");
    const dated = at("2024-01-27T00:00:00Z", "day");
    expect(formatGap(exact, dated, en, "America/New_York")).toBe("a day later");
  });
});

describe("formatGap: months and years", () => {
  // Rule: whole months (a month counts once its day is reached); a whole
  // number of years, or two years and more, is said in years.
  it("26 Jan 2024 → 18 Feb 2025 is 12 whole months: a year", () => {
    const from = at("2024-01-26T00:00:00Z", "day");
    const to = at("2025-02-18T00:00:00Z", "day");
    expect(formatGap(from, to, arArab)).toBe("بعد عام");
    expect(formatGap(from, to, en)).toBe("a year later");
  });

  it("26 Jan 2024 → 26 Feb 2025 is 13 months, said in months", () => {
    const from = at("2024-01-26T00:00:00Z", "day");
    const to = at("2025-02-26T00:00:00Z", "day");
    expect(formatGap(from, to, arArab)).toBe("بعد ١٣ شهرًا");
    expect(formatGap(from, to, en)).toBe("13 months later");
  });

  it("rounds down to whole years from two years on", () => {
    expect(formatGap(at("2024-01-26T00:00:00Z", "day"), at("2026-08-01T00:00:00Z", "day"), arArab)).toBe(
      "بعد عامين",
    );
  });

  it("stays in days until a whole month has passed", () => {
    expect(formatGap(at("2024-01-31T00:00:00Z", "day"), at("2024-02-29T00:00:00Z", "day"), arArab)).toBe(
      "بعد ٢٩ يومًا",
    );
    expect(formatGap(at("2024-01-31T00:00:00Z", "day"), at("2024-03-01T00:00:00Z", "day"), arArab)).toBe(
      "بعد شهر",
    );
  });
});

describe("formatGap: Arabic number agreement after بعد/قبل", () => {
  const day = (n: number) => at(new Date(Date.UTC(2024, 0, 1 + n)).toISOString(), "day");
  const start = day(0);

  it("uses the singular alone for one and the genitive dual for two", () => {
    expect(formatGap(start, day(1), arArab)).toBe("بعد يوم");
    expect(formatGap(start, day(2), arArab)).toBe("بعد يومين");
    expect(formatGap(at("2024-01-26T10:00:00Z", "exact"), at("2024-01-26T12:00:00Z", "exact"), arArab)).toBe(
      "بعد ساعتين",
    );
    expect(formatGap(at("2024-01-26T10:00:00Z", "exact"), at("2024-01-26T10:01:30Z", "exact"), arArab)).toBe(
      "بعد دقيقة",
    );
  });

  it("uses the plural for 3–10 and the accusative singular for 11–99", () => {
    expect(formatGap(start, day(10), arArab)).toBe("بعد ١٠ أيام");
    expect(formatGap(start, day(11), arArab)).toBe("بعد ١١ يومًا");
    expect(formatGap(at("2024-01-26T00:00:00Z", "exact"), at("2024-01-26T11:00:00Z", "exact"), arArab)).toBe(
      "بعد ١١ ساعة",
    );
    expect(formatGap(at("2024-01-01T00:00:00Z", "month"), at("2024-04-01T00:00:00Z", "month"), arArab)).toBe(
      "بعد ٣ أشهر",
    );
  });

  it("uses the genitive singular for 100", () => {
    expect(formatGap(at("1924-01-01T00:00:00Z", "year"), at("2024-01-01T00:00:00Z", "year"), arArab)).toBe(
      "بعد ١٠٠ عام",
    );
  });
});

describe("formatGap: direction and sameness", () => {
  it("reads a negative gap as earlier", () => {
    expect(formatGap(at("2024-01-26T00:00:00Z", "day"), at("2024-01-20T00:00:00Z", "day"), arArab)).toBe(
      "قبل ٦ أيام",
    );
    expect(formatGap(at("2024-01-26T13:00:00Z", "exact"), at("2024-01-26T12:00:00Z", "exact"), en)).toBe(
      "an hour earlier",
    );
  });

  it("treats under a minute between exact times as the same time", () => {
    const from = at("2024-01-26T10:00:00Z", "exact");
    const to = at("2024-01-26T10:00:40Z", "exact");
    expect(formatGap(from, to, arArab)).toBe("في الوقت نفسه");
    expect(formatGap(from, to, en)).toBe("same time");
  });

  it("writes English durations with the reader's digits", () => {
    const enArab = { locale: "en", digits: "arab" } as const;
    expect(formatGap(at("2024-01-01T00:00:00Z", "day"), at("2024-01-04T00:00:00Z", "day"), enArab)).toBe(
      "٣ days later",
    );
  });

  it("exposes the measured gap", () => {
    expect(measureGap(at("2024-01-26T10:00:00Z", "exact"), at("2024-01-26T13:30:00Z", "exact"))).toEqual({
      kind: "elapsed",
      amount: 3,
      unit: "hour",
      direction: "later",
    });
    expect(measureGap(at("2024-01-26T10:00:00Z", "exact"), at("2024-01-26T00:00:00Z", "day"))).toEqual({
      kind: "same",
      within: "day",
    });
  });
});

describe("formatNumber", () => {
  it("follows the digits preference", () => {
    expect(formatNumber(1234, { locale: "ar", digits: "latn" })).toBe("1,234");
    expect(formatNumber(1234, { locale: "ar", digits: "arab" })).toBe("١٬٢٣٤");
    expect(formatNumber(1234, { locale: "en", digits: "latn" })).toBe("1,234");
  });
});
