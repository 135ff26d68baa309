import { describe, expect, it } from "vitest";
import { excerpt } from "@/lib/text/excerpt";

const REPORT = "بلومبرغ: بوتين صرح في مجالس خاصة بأنه يجس نبض الولايات المتحدة بشأن محادثات لإنهاء الحرب";

describe("excerpt", () => {
  it("returns short text whole, without an ellipsis", () => {
    expect(excerpt("لا، هذا تقرير خاطئ.", 90)).toBe("لا، هذا تقرير خاطئ.");
  });

  it("cuts at the last word boundary before the limit and says it goes on", () => {
    expect(excerpt(REPORT, 20)).toBe("بلومبرغ: بوتين صرح…");
    expect(excerpt("Peskov said the report was false", 12)).toBe("Peskov said…");
  });

  it("never ends mid-word", () => {
    for (let max = 10; max < REPORT.length; max += 7) {
      const shown = excerpt(REPORT, max);
      expect(shown.length).toBeLessThanOrEqual(max + 1);
      expect(shown.endsWith("…")).toBe(true);
      const kept = shown.slice(0, -1);
      expect(REPORT.startsWith(kept)).toBe(true);
      expect(REPORT.slice(kept.length)).toMatch(/^[\s:]/);
    }
  });

  it("leaves no separator hanging before the ellipsis", () => {
    expect(excerpt("لا، هذا تقرير خاطئ، إنه لا يتوافق مع الواقع", 19)).toBe("لا، هذا تقرير خاطئ…");
    expect(excerpt("One, two; three", 9)).toBe("One, two…");
  });

  it("reads line breaks and runs of spaces as one space", () => {
    expect(excerpt("  سطر أول\n\nسطر   ثان  ", 90)).toBe("سطر أول سطر ثان");
  });

  it("cuts one long word between letters, not between a letter and its diacritic or a surrogate pair", () => {
    expect(excerpt("https://kuwait.example/denies-report-2024-01-26", 20)).toBe("https://kuwait.examp…");
    expect(excerpt("مُحَمَّدٌ", 3)).toBe("مُ…");
    expect(excerpt("😀😀😀", 3)).toBe("😀…");
  });
});
