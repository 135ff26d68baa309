import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/i18n/format-count";
import { translator } from "@/lib/i18n/messages";

const ar = { locale: "ar", digits: "arab" } as const;
const en = { locale: "en", digits: "latn" } as const;

describe("formatCount", () => {
  it("gives the Arabic noun the form each number takes", () => {
    const t = translator("ar");
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => formatCount(t, ar, "reader.count.claims", n))).toEqual([
      "لا ادعاءات",
      "ادعاء واحد",
      "ادعاءان",
      "٣ ادعاءات",
      "١٠ ادعاءات",
      "١١ ادعاءً",
      "٩٩ ادعاءً",
      "١٠٠ ادعاء",
      "١٠٢ ادعاء",
    ]);
  });

  it("uses singular and plural in English", () => {
    const t = translator("en");
    expect([0, 1, 2, 1234].map((n) => formatCount(t, en, "reader.count.results", n))).toEqual(["0 results", "1 result", "2 results", "1,234 results"]);
  });
});
