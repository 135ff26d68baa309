import { describe, expect, it } from "vitest";
import { normalizeArabic, stripBidiControls, toWesternDigits } from "@/lib/text/normalize-arabic";

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

describe("bidi and digits", () => {
  it("strips bidi overrides and isolates", () => {
    expect(stripBidiControls("a\u202Eb\u2066c\u2069")).toBe("abc");
  });
  it("converts both Arabic-Indic digit sets", () => {
    expect(toWesternDigits("٢٦ ۱۲")).toBe("26 12");
  });
});
