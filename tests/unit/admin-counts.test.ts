/** The admin desk's counts take the form their number needs, in Arabic's six plural categories and English's two. */
import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/i18n/format-count";
import { translator } from "@/lib/i18n/messages";

const ar = { locale: "ar", digits: "latn" } as const;
const en = { locale: "en", digits: "latn" } as const;

describe("the admin desk's counts", () => {
  it("counts sources, affiliated sources and changes in Arabic", () => {
    const t = translator("ar");
    expect([0, 1, 2, 6, 11, 100].map((n) => formatCount(t, ar, "admin.sources.count", n))).toEqual([
      "لا مصادر",
      "مصدر واحد",
      "مصدران",
      "6 مصادر",
      "11 مصدرًا",
      "100 مصدر",
    ]);
    expect([1, 2, 3].map((n) => formatCount(t, ar, "admin.sources.affiliates", n))).toEqual(["مصدر تابع واحد", "مصدران تابعان", "3 مصادر تابعة"]);
    expect([0, 2, 25].map((n) => formatCount(t, ar, "admin.audit.count", n))).toEqual(["لا تغييرات", "تغييران", "25 تغييرًا"]);
  });

  it("says a source's usage with each noun in its form", () => {
    const t = translator("ar");
    const usage = (claims: number, appearances: number) =>
      t("admin.sources.usage", {
        claims: formatCount(t, ar, "reader.count.claims", claims),
        appearances: formatCount(t, ar, "importer.count.appearances", appearances),
      });
    expect(usage(2, 0)).toBe("ادعاءان · لا ظهورات");
    expect(usage(1, 3)).toBe("ادعاء واحد · 3 ظهورات");
  });

  it("uses singular and plural in English", () => {
    const t = translator("en");
    expect([0, 1, 6].map((n) => formatCount(t, en, "admin.sources.count", n))).toEqual(["0 sources", "1 source", "6 sources"]);
    expect(formatCount(t, en, "admin.audit.count", 1)).toBe("1 change");
  });
});
