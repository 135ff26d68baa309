import { describe, expect, it } from "vitest";
import type { KnownSource } from "@/lib/import/import-draft.types";
import { createSourceMatcher, isOneEditApart } from "@/lib/import/coreference/match-sources";
import { spellingKey } from "@/lib/import/lexicon/spelling-key";

const known: KnownSource[] = [
  { id: "bloomberg", name: "بلومبرغ", nameEn: "Bloomberg", aliases: [] },
  { id: "google", name: "جوجل", nameEn: "Google", aliases: [] },
  { id: "kremlin", name: "الكرملين", aliases: [] },
  { id: "ap", name: "أسوشيتد برس", nameEn: "Associated Press", aliases: ["AP"] },
  { id: "health", name: "وزارة الصحة", aliases: [] },
  { id: "moscow", name: "موسكو", aliases: [] },
  { id: "afp", name: "فرانس برس", aliases: ["أ ف ب"] },
];
const match = createSourceMatcher(known);
const matchedId = (name: string) => match(name)?.id ?? null;

describe("spellingKey", () => {
  it("folds the letters Arabic spellings of one name differ in", () => {
    expect(spellingKey("بلومبرج")).toBe(spellingKey("بلومبرغ"));
    expect(spellingKey("غوغل")).toBe(spellingKey("جوجل"));
    expect(spellingKey("مستشفى")).toBe(spellingKey("مستشفي"));
    expect(spellingKey("وزارة الصحة")).toBe(spellingKey("وزاره الصحه"));
    expect(spellingKey("مسؤول")).toBe(spellingKey("مسئول"));
    expect(spellingKey("الكرملين")).toBe(spellingKey("كرملين"));
    expect(spellingKey("فرانس برس")).toBe(spellingKey("فرانس-برس"));
  });

  it("keeps names that differ apart", () => {
    expect(spellingKey("رويترز")).not.toBe(spellingKey("بلومبرج"));
  });
});

describe("createSourceMatcher", () => {
  it("matches a name, its English name and its aliases", () => {
    expect(matchedId("بلومبرغ")).toBe("bloomberg");
    expect(matchedId("Bloomberg")).toBe("bloomberg");
    expect(matchedId("AP")).toBe("ap");
    expect(matchedId("أ ف ب")).toBe("afp");
  });

  it("matches Egyptian and Levantine spellings alike (ج/غ)", () => {
    expect(matchedId("بلومبرج")).toBe("bloomberg");
    expect(matchedId("غوغل")).toBe("google");
  });

  it("matches with or without the article, diacritics and taa marbuta", () => {
    expect(matchedId("كرملين")).toBe("kremlin");
    expect(matchedId("الكِرْمِلين")).toBe("kremlin");
    expect(matchedId("وزاره الصحه")).toBe("health");
  });

  it("matches through an attached preposition or a descriptor", () => {
    expect(matchedId("لبلومبرج")).toBe("bloomberg");
    expect(matchedId("وبلومبرغ")).toBe("bloomberg");
    expect(matchedId("للكرملين")).toBe("kremlin");
    expect(matchedId("عن الكرملين")).toBe("kremlin");
    expect(matchedId("وكالة بلومبرج")).toBe("bloomberg");
    expect(matchedId("صحيفة بلومبرج")).toBe("bloomberg");
  });

  it("forgives one letter in a long name, but not in a short one", () => {
    expect(matchedId("أسوشيتيد برس")).toBe("ap");
    expect(matchedId("موسكا")).toBeNull();
  });

  it("proposes nothing for names it does not know", () => {
    expect(matchedId("كويت نيوز")).toBeNull();
    expect(matchedId("")).toBeNull();
  });

  it("does not guess between two known names one letter away", () => {
    const twins = createSourceMatcher([
      { id: "a", name: "مجموعة الشرق", aliases: [] },
      { id: "b", name: "مجموعة الشرف", aliases: [] },
    ]);
    expect(twins("مجموعة الشرك")).toBeNull();
  });

  it("answers the same name the same way every time", () => {
    expect(matchedId("بلومبرج")).toBe(matchedId("بلومبرج"));
  });
});

describe("isOneEditApart", () => {
  it.each([
    ["abcdef", "abcxef", true],
    ["abcdef", "abcdefg", true],
    ["abcdef", "bcdef", true],
    ["abcdef", "abcdef", false],
    ["abcdef", "abxdxf", false],
    ["abcdef", "abcdefgh", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
    expect(isOneEditApart(b, a)).toBe(expected);
  });
});
