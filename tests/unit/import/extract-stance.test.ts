import { describe, expect, it } from "vitest";
import { extractStatements } from "@/lib/import/statements/extract-attribution";
import { collectPeople } from "@/lib/import/entities/extract-people";
import { hasDenialPhrase, onlyReferencesReport, stanceOf, vouchesForTruth } from "@/lib/import/stance/extract-stance";
import { splitSentences } from "@/lib/import/tokenize/split-sentences";

function stances(...paragraphs: string[]) {
  const sentences = splitSentences(paragraphs);
  return extractStatements(sentences, collectPeople(sentences)).map(stanceOf);
}

describe("stanceOf", () => {
  it.each([
    ["نفى الكرملين التقرير."],
    ["نفت الوزارة صحة الأنباء."],
    ["وينفي الجيش أي تورط."],
    ["وتنفي الشركة ذلك."],
    ["نفي المتحدث الخبر."],
    ["وكذبت الحكومة هذه الأنباء."],
    ["ودحضت الحكومة التقرير."],
  ])("reads a denial verb: %s", (sentence) => {
    expect(stances(sentence)).toContain("denial");
  });

  it.each([
    ["ورد بيسكوف “لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق”."],
    ["وقال المتحدث إن ما يتم تداوله عار عن الصحة."],
    ["وأكدت الوزارة عدم صحة ما نشر."],
    ["وقال الوزير إن هذه الأنباء لا أساس لها من الصحة."],
    ["وقال مسؤول إن الخبر غير صحيح."],
    ["وأكد مصدر مطلع أن الأسعار لن ترتفع، نافيا ما تردد على منصات التواصل."],
    ["ووصفت الحكومة التقرير بأنه \"مفبرك\"."],
    ["وقالت الحكومة: «هذا الخبر كاذب»."],
  ])("reads denying words, even after أكد: %s", (sentence) => {
    expect(stances(sentence)).toEqual(["denial"]);
  });

  it.each([
    ["وأكد المتحدث العسكري صحة ما أوردته الوكالة."],
    ["وأكدت الشركة التقرير."],
    ["وقال المتحدث إن الخبر صحيح."],
    ["ويؤكد الجيش الأنباء عن إسقاط الطائرة."],
    ["وأقرت الحكومة بصحة التقرير."],
  ])("reads a confirmation: %s", (sentence) => {
    expect(stances(sentence)).toEqual(["confirmation"]);
  });

  it.each([
    ["وقال وزير التربية محمد العلي إن وزارة الصحة ستقدم توصياتها الأسبوع المقبل."],
    ["وقال المتحدث باسم الحكومة مهند مبيضين إن الحكومة تعمل بصورة صحيحة وستعلن قرارها لاحقا."],
  ])("does not take health or correctness for vouching for a report: %s", (sentence) => {
    expect(stances(sentence)).toEqual([null]);
  });

  it("does not take أكد alone, stressing a point, for a confirmation", () => {
    expect(stances("وأكد الوزير أن بلاده ستواصل دعم الحوار.")).toEqual([null]);
  });

  it("does not read an outlet's report of rumours as its own denial", () => {
    expect(stances("وذكرت وكالة رويترز أن شائعات انتشرت في العاصمة.")).toEqual([null]);
  });
});

describe("denial and truth phrases", () => {
  it("matches whole phrases only", () => {
    expect(hasDenialPhrase("هذا تقرير خاطئ")).toBe(true);
    expect(hasDenialPhrase("هذا تقرير خاطئا")).toBe(false);
  });

  it("does not read negated truth as vouching for it", () => {
    expect(vouchesForTruth("صحة ما أوردته الوكالة")).toBe(true);
    expect(vouchesForTruth("عدم صحة ما أوردته الوكالة")).toBe(false);
    expect(vouchesForTruth("عار عن الصحة")).toBe(false);
    expect(vouchesForTruth("لا أساس له من الصحة")).toBe(false);
    expect(vouchesForTruth("هذا غير صحيح")).toBe(false);
    expect(vouchesForTruth("هذا صحيح")).toBe(true);
  });

  it("counts truth only when it is a report's", () => {
    expect(vouchesForTruth("أكد صحة الخبر")).toBe(true);
    expect(vouchesForTruth("الخبر صحيح")).toBe(true);
    expect(vouchesForTruth("وزارة الصحة ستقدم توصياتها")).toBe(false);
    expect(vouchesForTruth("تعمل بصورة صحيحة")).toBe(false);
    expect(vouchesForTruth("صحة المواطنين أولوية")).toBe(false);
  });
});

describe("onlyReferencesReport", () => {
  it.each([["هذه الأنباء"], ["ذلك"], ["التقرير"], ["صحة الأنباء"], ["بصحة التقرير"], ["ما أوردته الوكالة"], ["عدم صحة التقرير"]])(
    "reads %s as pointing at the report",
    (text) => {
      expect(onlyReferencesReport(text)).toBe(true);
    },
  );

  it.each([["الأنباء عن إسقاط الطائرة"], ["أي تورط في الهجوم"], ["وجود قوات أجنبية"], ["ما تداولته مواقع التواصل بشأن وقف الصرف"]])(
    "reads %s as saying something of its own",
    (text) => {
      expect(onlyReferencesReport(text)).toBe(false);
    },
  );
});
