import { describe, expect, it } from "vitest";
import { splitSections } from "@/lib/import/sections/split-sections";
import { readFixture } from "./helpers";

describe("splitSections", () => {
  const seed = splitSections(readFixture("kremlin-denial.txt"));

  it("takes the first line as the headline and the marked date line apart from the body", () => {
    expect(seed.headline).toBe("الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا");
    expect(seed.dateLines).toEqual(["تاريخ النشر: 26th, January 2024 GMT"]);
    expect(seed.body).toHaveLength(5);
    expect(seed.body[0]).toMatch(/^نفى الكرملين اليوم الجمعة/);
  });

  it("pulls glued furniture apart: source, tags, source again", () => {
    expect(seed.footer).toEqual([
      { field: "source", value: "رويترز", evidence: "المصدر رويترز" },
      { field: "tags", value: "أوكرانيا الولايات المتحدة روسيا", evidence: "الوسومأوكرانيا الولايات المتحدة روسيا" },
      { field: "source", value: "كويت نيوز", evidence: "المصدر: كويت نيوز" },
      { field: "tags", value: "أوكرانيا الولايات المتحدة روسيا", evidence: "كلمات دلالية: أوكرانيا الولايات المتحدة روسيا" },
    ]);
  });

  it("keeps everything after إقرأ أيضاً as related lines", () => {
    expect(seed.related[0]).toBe("الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر");
    expect(seed.related).toHaveLength(8);
  });

  it("tolerates diacritics, tatweel and hamza variants in markers", () => {
    const sections = splitSections("عنوان\nنص الخبر.\nاقـرأ ايضًا: خبر آخر\nالكلمات المفتاحيه: مصر");
    expect(sections.related).toEqual(["خبر آخر"]);
    expect(sections.footer).toEqual([{ field: "tags", value: "مصر", evidence: "الكلمات المفتاحيه: مصر" }]);
  });

  it("reads a long line starting with المصدر as a sentence, not furniture", () => {
    const sections = splitSections("عنوان\nالمصدر أكد للصحفيين أن الاجتماع سيعقد في موعده المحدد الأسبوع المقبل.");
    expect(sections.footer).toEqual([]);
    expect(sections.body).toHaveLength(1);
  });

  it("names the publisher when the site says so", () => {
    expect(splitSections("عنوان\nالناشر: موقع المدن").footer).toEqual([
      { field: "publisher", value: "موقع المدن", evidence: "الناشر: موقع المدن" },
    ]);
  });

  it("sets link lines aside, but not links under related stories", () => {
    const sections = splitSections("عنوان\nالرابط: https://example.com/a\nنص.\nاقرأ أيضا:\nhttps://example.com/b\nخبر آخر");
    expect(sections.urlLines).toEqual(["الرابط: https://example.com/a"]);
    expect(sections.related).toEqual(["خبر آخر"]);
  });

  it("skips a date printed before the headline, strips bidi marks and normalizes line ends", () => {
    const sections = splitSections("\u200F\r\nالأحد، ٣ مارس ٢٠٢٤\r\n\u202Bعنوان الخبر\u202C\r\nنص الخبر.");
    expect(sections.headline).toBe("عنوان الخبر");
    expect(sections.dateLines).toEqual(["الأحد، ٣ مارس ٢٠٢٤"]);
    expect(sections.body).toEqual(["نص الخبر."]);
  });

  it("returns empty sections for empty text", () => {
    expect(splitSections("")).toEqual({ headline: "", dateLines: [], bylines: [], body: [], footer: [], related: [], urlLines: [] });
  });
});
