import { describe, expect, it } from "vitest";
import { highlight, normalizeWithOffsets, searchTerms } from "@/lib/search/highlight";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe("normalizeWithOffsets", () => {
  it.each([
    "الكِرْمْلِين يَنْفِي",
    "أمريكـــا  و إسرائيل\n٢٠٢٤",
    "  Bloomberg\u202E بلومبرغ  ",
    "ٱلقول آمن",
  ])("normalizes exactly as normalizeArabic does: %s", (text) => {
    expect(normalizeWithOffsets(text.normalize("NFC")).normalized).toBe(normalizeArabic(text));
  });

  it("maps each normalized character back to the characters it came from", () => {
    const text = "كَتَبَ";
    const { normalized, start, end } = normalizeWithOffsets(text);
    expect(normalized).toBe("كتب");
    expect([...normalized].map((_, i) => text.slice(start[i], end[i]))).toEqual(["ك", "ت", "ب"]);
  });
});

describe("highlight", () => {
  it("marks a word whatever its diacritics, keeping them in the mark", () => {
    expect(marked("نفى الكِرْمْلِينُ التقرير", "الكرملين")).toEqual(["الكِرْمْلِينُ"]);
  });

  it("finds the word with or without the article, as the stemmer does", () => {
    expect(marked("قال الكرملين إن", "كرملين")).toEqual(["الكرملين"]);
    expect(marked("مصادر في كرملين موسكو", "الكرملين")).toEqual(["كرملين"]);
  });

  it("marks spelling variants of a name", () => {
    expect(marked("ذكرت بلومبرج أن", "بلومبرغ")).toEqual(["بلومبرج"]);
    expect(marked("مع زيلينسكي", "زيلنسكي")).toEqual(["زيلينسكي"]);
  });

  it("folds alef forms and tatweel", () => {
    expect(marked("علاقات أمريكـــا", "امريكا")).toEqual(["أمريكـــا"]);
  });

  it("works for English, case-insensitively", () => {
    expect(marked("Bloomberg reported talks", "bloomberg TALK")).toEqual(["Bloomberg", "talks"]);
  });

  it("leaves the text whole and unmarked when nothing matches", () => {
    expect(highlight("لا، هذا تقرير خاطئ", "روسيا")).toEqual([{ text: "لا، هذا تقرير خاطئ", match: false }]);
    expect(highlight("نص", undefined)).toEqual([{ text: "نص", match: false }]);
  });

  it("keeps every character, in order", () => {
    const text = "الرئيس فلاديمير بوتين «يجس نبض» الولايات المتحدة";
    expect(highlight(text, "بوتين المتحدة").map((segment) => segment.text).join("")).toBe(text);
  });

  it("cuts a long text around the first match", () => {
    const text = `${"كلمة ".repeat(100)}الكرملين ${"نص ".repeat(100)}`.trim();
    const segments = highlight(text, "كرملين", 80);
    const joined = segments.map((segment) => segment.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(84);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["الكرملين"]);
  });
});

describe("searchTerms", () => {
  it("normalizes and splits the query into words", () => {
    expect(searchTerms("  الكِرْمْلِين، Bloomberg ")).toEqual(["الكرملين", "bloomberg"]);
  });
});
