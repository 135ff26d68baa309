import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, splitSentences } from "@/lib/import/tokenize/split-sentences";

const texts = (...paragraphs: string[]) => splitSentences(paragraphs).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits at . ! ? and ؟", () => {
    expect(texts("نفى الكرملين التقرير. وقال إنه خاطئ! هل هذا صحيح؟ نعم")).toEqual([
      "نفى الكرملين التقرير.",
      "وقال إنه خاطئ!",
      "هل هذا صحيح؟",
      "نعم",
    ]);
  });

  it("keeps a quotation with a full stop inside as one sentence", () => {
    expect(texts("ورد بيسكوف “لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق”. وانتهى المؤتمر.")).toEqual([
      "ورد بيسكوف “لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق”.",
      "وانتهى المؤتمر.",
    ]);
  });

  it("does not split numbers or one-letter abbreviations", () => {
    expect(texts("ارتفع المؤشر 3.5 بالمئة. وقال د. محمد إن (أ.ف.ب) نقلت الخبر.")).toEqual([
      "ارتفع المؤشر 3.5 بالمئة.",
      "وقال د. محمد إن (أ.ف.ب) نقلت الخبر.",
    ]);
  });

  it("never crosses a paragraph, even with an unclosed quotation", () => {
    expect(texts("قال “هذا", "سطر آخر. وجملة")).toEqual(["قال “هذا", "سطر آخر.", "وجملة"]);
  });

  it("cuts text without stops at a space before it gets overlong", () => {
    const sentences = texts(Array(2000).fill("كلمة").join(" "));
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.every((sentence) => sentence.length <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(sentences.join(" ")).toBe(Array(2000).fill("كلمة").join(" "));
  });

  it("gives each sentence its quotations and tokens", () => {
    const [sentence] = splitSentences(["قال «نعم» أمس."]);
    expect(sentence?.quotes).toEqual([{ start: 4, end: 9, text: "نعم" }]);
    expect(sentence?.tokens.map((token) => [token.raw, token.inQuote])).toEqual([
      ["قال", false],
      ["«", false],
      ["نعم", true],
      ["»", false],
      ["أمس", false],
      [".", false],
    ]);
  });

  it("drops pieces with no letters or digits", () => {
    expect(texts("... !!", "")).toEqual([]);
  });
});
