import { describe, expect, it } from "vitest";
import { guessSourceKind } from "@/lib/import/lexicon/guess-source-kind";

describe("guessSourceKind", () => {
  it.each([
    ["شخصان مقربان من الكرملين", "anonymous"],
    ["مصادر مطلعة", "anonymous"],
    ["مسئول أمريكي", "anonymous"],
    ["رويترز", "agency"],
    ["فرانس برس", "agency"],
    ["وكالة الأنباء الرسمية", "agency"],
    ["مواقع التواصل الاجتماعي", "social"],
    ["الكرملين", "government"],
    ["وزارة الصحة والسكان", "government"],
    ["القوات المسلحة", "government"],
    ["البيت الأبيض", "government"],
    ["صحيفة الأخبار", "outlet"],
    ["كويت نيوز", "outlet"],
    ["سكاي نيوز عربية", "outlet"],
    ["بلومبرج", "other"],
  ])("%s is %s", (name, kind) => {
    expect(guessSourceKind(name)).toBe(kind);
  });
});
