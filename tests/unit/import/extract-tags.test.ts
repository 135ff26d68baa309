import { describe, expect, it } from "vitest";
import { extractTags } from "@/lib/import/sections/extract-tags";

const vocabulary = ["أوكرانيا", "الولايات المتحدة", "روسيا", "غوغل", "الذكاء الاصطناعي"];

describe("extractTags", () => {
  it("keeps multi-word tags of the vocabulary whole", () => {
    expect(extractTags(["أوكرانيا الولايات المتحدة روسيا"], vocabulary)).toEqual(["أوكرانيا", "الولايات المتحدة", "روسيا"]);
  });

  it("pulls glued tags apart", () => {
    expect(extractTags(["أوكرانياالولايات المتحدةروسيا"], vocabulary)).toEqual(["أوكرانيا", "الولايات المتحدة", "روسيا"]);
  });

  it("falls back to words for tags the vocabulary does not know", () => {
    expect(extractTags(["روسيا الصين الهند"], vocabulary)).toEqual(["روسيا", "الصين", "الهند"]);
    expect(extractTags(["الولايات المتحدة"], [])).toEqual(["الولايات", "المتحدة"]);
  });

  it("trusts explicit separators, multi-word pieces included", () => {
    expect(extractTags(["الجيش، الحدود الشمالية، طائرات مسيرة"], [])).toEqual(["الجيش", "الحدود الشمالية", "طائرات مسيرة"]);
    expect(extractTags(["#مصر | #السودان"], [])).toEqual(["مصر", "السودان"]);
  });

  it("spells tags as the vocabulary does and drops repeats across lines", () => {
    expect(extractTags(["جوجل الذكاء الاصطناعى", "غوغل"], vocabulary)).toEqual(["غوغل", "الذكاء الاصطناعي"]);
  });

  it("does not cut ordinary words around short tags", () => {
    expect(extractTags(["مصرفي"], ["مصر"])).toEqual(["مصرفي"]);
  });

  it("gives nothing for empty lines", () => {
    expect(extractTags(["", "  ،  "], vocabulary)).toEqual([]);
  });
});
