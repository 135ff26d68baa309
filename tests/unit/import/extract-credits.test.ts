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

  it("takes the publisher from a byline between the date and the body when there is no المصدر line", () => {
    const article = (byline: string) => credits(`عنوان الخبر\nMon, 05 Feb 2024 10:00:00 GMT\n${byline}\nنفت الوزارة ما تداولته مواقع التواصل.`);
    expect(article("الدوحة - قناة الخليج نيوز").publisher).toEqual({ name: "قناة الخليج نيوز", kind: "outlet", evidence: "الدوحة - قناة الخليج نيوز" });
    expect(article("بيروت- المدينة.نت").publisher?.name).toBe("المدينة.نت");
    expect(article("صوت الساحل – متابعات").publisher?.name).toBe("صوت الساحل");
    expect(article("راديو 90").publisher?.name).toBe("راديو 90");
    // A reporter's name is no publisher, and the line stays out of the body.
    expect(article("عمّان – سامر الخطيب").publisher).toBeNull();
    expect(splitSections("عنوان\nعمّان – سامر الخطيب\nنفت الوزارة الخبر.").body).toEqual(["نفت الوزارة الخبر."]);
  });

  it("takes the agency that heads its own copy as the publisher, and a site's credit of one as a credit", () => {
    expect(credits("عنوان\nتونس: و م ع\nقال الوزير إن الخبر غير صحيح.").publisher).toMatchObject({ name: "وكالة المغرب العربي للأنباء", kind: "agency" });
    expect(credits("عنوان\nالرياض 12 رجب 1445 هـ الموافق 24 يناير 2024 م واس\nقال الوزير إن الخبر غير صحيح.")).toMatchObject({
      publisher: { name: "واس", kind: "agency" },
      agencies: [],
    });
  });

  it("reads an outlet's own dateline as its publisher, an agency's as a credit", () => {
    const cnn = credits("عنوان\nالقاهرة، جمهورية مصر العربية (CNN) -- نفت الوزارة الخبر.");
    expect(cnn).toMatchObject({ publisher: { name: "CNN", kind: "outlet" }, agencies: [] });
    expect(credits("عنوان\nبغداد (رويترز) - نفت الوزارة الخبر.")).toMatchObject({ publisher: null, agencies: [{ name: "رويترز" }] });
  });

  it("ignores credits that name no one", () => {
    expect(credits("عنوان\nنص.\nالمصدر: وكالات")).toMatchObject({ publisher: null, agencies: [] });
  });

  it("finds the article's link on a line of its own or in the furniture", () => {
    expect(credits("عنوان\nنص.\nالرابط: https://example.com/a.").url).toBe("https://example.com/a");
    expect(credits("عنوان\nنص.\nالمصدر: https://example.com/b").url).toBe("https://example.com/b");
  });
});
