import { describe, expect, it } from "vitest";
import { normalizeArabic, stripControlCharacters, toWesternDigits } from "@/lib/text/normalize-arabic";

describe("normalizeArabic", () => {
  it("removes diacritics and tatweel and folds alef forms", () => {
    expect(normalizeArabic("أَمْرِيكـــا")).toBe("امريكا");
    expect(normalizeArabic("إسناد آمن ٱلقول")).toBe("اسناد امن القول");
  });
  it("keeps taa marbuta and alef maqsura (the stemmer needs them)", () => {
    expect(normalizeArabic("مدينة على")).toBe("مدينة على");
  });
  it("lower-cases Latin, converts digits and collapses space", () => {
    expect(normalizeArabic("  Bloomberg   ٢٠٢٤ ")).toBe("bloomberg 2024");
  });
});

describe("bidi and control characters, and digits", () => {
  it("strips bidi overrides and isolates", () => {
    expect(stripControlCharacters("a\u202Eb\u2066c\u2069")).toBe("abc");
  });
  it("strips NUL and other control characters, keeping tabs and line breaks", () => {
    expect(stripControlCharacters("a\u0000b\u0007c\u007F\td\ne\r\n")).toBe("abc\td\ne\r\n");
    expect(normalizeArabic("بلوم\u0000برج")).toBe("بلومبرج");
  });
  it("converts both Arabic-Indic digit sets", () => {
    expect(toWesternDigits("٢٦ ۱۲")).toBe("26 12");
  });
});
