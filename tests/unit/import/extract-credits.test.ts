import { describe, expect, it } from "vitest";
import { extractCredits } from "@/lib/import/sections/extract-credits";
import { splitSections } from "@/lib/import/sections/split-sections";

const credits = (text: string) => extractCredits(splitSections(text));

describe("extractCredits", () => {
  it("tells the agency credit from the publishing site when both say المصدر", () => {
    expect(credits("عنوان\nنص.\nالمصدر رويترز الوسومروسياالمصدر: كويت نيوز")).toEqual({
      publisher: { name: "كويت نيوز", kind: "outlet", evidence: "المصدر: كويت نيوز" },
      agencies: [{ name: "رويترز", kind: "agency", evidence: "المصدر رويترز" }],
      url: undefined,
    });
  });

  it("takes a single non-agency المصدر as the publisher", () => {
    expect(credits("عنوان\nنص.\nالمصدر: المملكة").publisher?.name).toBe("المملكة");
  });

  it("takes a single agency المصدر as a credit, leaving the publisher unknown", () => {
    const found = credits("عنوان\nنص.\nالمصدر: وكالة الأنباء الكويتية");
    expect(found.publisher).toBeNull();
    expect(found.agencies).toEqual([{ name: "وكالة الأنباء الكويتية", kind: "agency", evidence: "المصدر: وكالة الأنباء الكويتية" }]);
  });

  it("credits the agency of a dateline, expanding its initials", () => {
    expect(credits("عنوان\nواشنطن (أ ف ب) - قال مسؤول إن ...").agencies).toEqual([
      { name: "فرانس برس", kind: "agency", evidence: "واشنطن (أ ف ب)" },
    ]);
    expect(credits("عنوان\nموسكو (رويترز) - نفى الكرملين").agencies[0]?.name).toBe("رويترز");
  });

  it("drops the initials in brackets after an agency's name", () => {
    expect(credits("عنوان\nنص.\nالمصدر: وكالة الأنباء السعودية (واس)").agencies).toEqual([
      { name: "وكالة الأنباء السعودية", kind: "agency", evidence: "المصدر: وكالة الأنباء السعودية (واس)" },
    ]);
  });

  it("ignores credits that name no one", () => {
    expect(credits("عنوان\nنص.\nالمصدر: وكالات")).toMatchObject({ publisher: null, agencies: [] });
  });

  it("finds the article's link on a line of its own or in the furniture", () => {
    expect(credits("عنوان\nنص.\nالرابط: https://example.com/a.").url).toBe("https://example.com/a");
    expect(credits("عنوان\nنص.\nالمصدر: https://example.com/b").url).toBe("https://example.com/b");
  });
});
