import { describe, expect, it } from "vitest";
import { extractRelated } from "@/lib/import/sections/extract-related";

describe("extractRelated", () => {
  it("pairs each headline with the paragraph after it and skips the story's other paragraphs", () => {
    expect(
      extractRelated([
        "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر",
        "أكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف أن المحادثات بدأت للتو.",
        "وذكر في تصريحات له أن الشيء الرئيسي هو تحقيق الأهداف.",
        "روسيا وأوكرانيا تتبادلان الأسرى",
      ]),
    ).toEqual([
      {
        headline: "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر",
        text: "أكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف أن المحادثات بدأت للتو.",
      },
      { headline: "روسيا وأوكرانيا تتبادلان الأسرى", text: "" },
    ]);
  });

  it("lists headlines given one after another", () => {
    expect(extractRelated(["خبر أول", "خبر ثان"])).toEqual([
      { headline: "خبر أول", text: "" },
      { headline: "خبر ثان", text: "" },
    ]);
  });

  it("ignores paragraphs with no headline before them", () => {
    expect(extractRelated(["فقرة بلا عنوان تنتهي بنقطة."])).toEqual([]);
  });
});
