import { describe, expect, it } from "vitest";
import { extractStatements } from "@/lib/import/statements/extract-attribution";
import type { Statement } from "@/lib/import/statements/statement-context";
import { collectPeople } from "@/lib/import/entities/extract-people";
import { splitSentences } from "@/lib/import/tokenize/split-sentences";

function statements(...paragraphs: string[]): Statement[] {
  const sentences = splitSentences(paragraphs);
  return extractStatements(sentences, collectPeople(sentences));
}

/** A statement as a reader would summarise it: who said it, through whom, and what. */
function summary(statement: Statement) {
  return {
    verb: statement.verb,
    speaker: statement.speaker.name,
    kind: statement.speaker.kind,
    carriers: statement.carriers.map((carrier) => carrier.name),
    content: statement.content,
  };
}

const only = (...paragraphs: string[]) => {
  const found = statements(...paragraphs);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("extractStatements", () => {
  it("reads an outlet quoting its own unnamed sources (نقلت X عن Y أن)", () => {
    const statement = only("ونقلت بلومبرج عن شخصين مقربين من الكرملين أن بوتين “قد يكون مستعدا للتفاوض”.");
    expect(summary(statement)).toEqual({
      verb: "report",
      speaker: "شخصان مقربان من الكرملين",
      kind: "anonymous",
      carriers: ["بلومبرج"],
      content: "بوتين “قد يكون مستعدا للتفاوض”",
    });
    expect(statement.quote).toBe("قد يكون مستعدا للتفاوض");
  });

  it("puts unnamed groups in the nominative, dual or plural", () => {
    expect(only("وذكرت الصحيفة الأمريكية نقلا عن مسؤولين أمريكيين كبار أن القرار اتخذ.").speaker.name).toBe("مسؤولون أمريكيون كبار");
    expect(only("وأفادت صحيفة الوطن عن مصدرين مطلعين على الملف بأن الاتفاق وشيك.").speaker.name).toBe("مصدران مطلعان على الملف");
  });

  it("reads a report named by its document (قال تقرير X إن)", () => {
    expect(summary(only("وقال تقرير بلومبرج إن بوتين يختبر الأجواء."))).toMatchObject({ speaker: "بلومبرج", content: "بوتين يختبر الأجواء" });
  });

  it("reads a report named inside a denial (تقريرا لوكالة X أفاد بأن)", () => {
    const [denial, report] = statements("نفى الكرملين اليوم الجمعة تقريرا لوكالة بلومبرج أفاد بأن الرئيس يجس نبض واشنطن.");
    expect(summary(denial!)).toMatchObject({ verb: "deny", speaker: "الكرملين", kind: "government" });
    expect(denial!.dateSpan).toBe("نفى الكرملين اليوم الجمعة ");
    expect(summary(report!)).toEqual({ verb: "report", speaker: "بلومبرج", kind: "agency", carriers: [], content: "الرئيس يجس نبض واشنطن" });
  });

  it("reads what a denial says was circulated (ما تداولته X بشأن)", () => {
    const [, rumour] = statements("نفت وزارة الصحة، اليوم الأحد، ما تداولته مواقع التواصل الاجتماعي بشأن وقف صرف الألبان.");
    expect(summary(rumour!)).toMatchObject({ speaker: "مواقع التواصل الاجتماعي", kind: "social", content: "وقف صرف الألبان" });
    const [, report] = statements("ونفى المتحدث ما نقلته رويترز عن مصادر مطلعة من أن الاتفاق وشيك.");
    expect(summary(report!)).toMatchObject({ speaker: "مصادر مطلعة", carriers: ["رويترز"], content: "الاتفاق وشيك" });
  });

  it("reads according-to clauses at the start and at the end of a sentence", () => {
    expect(summary(only("وفقاً لصحيفة «الأخبار» اللبنانية، تتجه الوزارة إلى رفع التعرفة."))).toMatchObject({
      speaker: "الأخبار",
      kind: "outlet",
      content: "تتجه الوزارة إلى رفع التعرفة",
    });
    expect(summary(only("ارتفعت الأسعار عشرة في المئة، بحسب رويترز."))).toMatchObject({ speaker: "رويترز", content: "ارتفعت الأسعار عشرة في المئة" });
    expect(summary(only("وبحسب ما نقلته رويترز عن مصادر مطلعة فإن الاتفاق وشيك."))).toMatchObject({
      speaker: "مصادر مطلعة",
      carriers: ["رويترز"],
      content: "الاتفاق وشيك",
    });
  });

  it.each([
    ['وفقا لـ"وكالة الأناضول"، فإن الوزير سيزور القاهرة.', "الأناضول", "agency"],
    ["وفقا لـ «رويترز»، فإن الوزير سيزور القاهرة.", "رويترز", "agency"],
    ["وفقا لما ذكرته وكالة رويترز، فإن الوزير سيزور القاهرة.", "رويترز", "agency"],
    ["بحسب ما أفادت به صحيفة الشروق، سيزور الوزير القاهرة.", "الشروق", "outlet"],
  ])("reads the source of an according-to clause: %s", (sentence, speaker, kind) => {
    expect(summary(only(sentence))).toMatchObject({ speaker, kind, content: expect.stringMatching(/القاهرة$/) });
  });

  it("reads the source the outlet cited in a closing according-to clause, and drops the clause", () => {
    expect(summary(only('وفقا لـ"وكالة الأناضول"، فإن الوزير سيزور القاهرة، بحسب ما نقلته عن مصادر دبلوماسية.'))).toEqual({
      verb: "report",
      speaker: "مصادر دبلوماسية",
      kind: "anonymous",
      carriers: ["الأناضول"],
      content: "الوزير سيزور القاهرة",
    });
  });

  it("reads what was denied past the verb's emphasis, and what was said of a report after بأنه", () => {
    expect(only("ونفى الجيش نفيا قاطعا سقوط المدينة.").content).toBe("سقوط المدينة");
    expect(only('ووصفت الحكومة التقرير بأنه "مفبرك".').content).toBe('"مفبرك"');
  });

  it("adds a source named after the words to the statement it vouches for", () => {
    expect(summary(only("وقال وزير المالية إن العجز تراجع، وفقا لرويترز."))).toMatchObject({ speaker: "وزير المالية", carriers: ["رويترز"] });
    expect(summary(only("وذكرت الصحيفة الأمريكية أن الصفقة ألغيت، بحسب مصادر مطلعة."))).toMatchObject({
      speaker: "مصادر مطلعة",
      carriers: ["الصحيفة الأمريكية"],
    });
  });

  it("does not take a plan or a law for a source", () => {
    expect(statements("وستبدأ الأعمال في مارس حسب الخطة.")).toEqual([]);
  });

  it("reads unnamed sources that told an agency (قالت مصادر لوكالة X إن)", () => {
    expect(summary(only("وقالت مصادر مطلعة لوكالة أسوشيتد برس إن القرار قريب."))).toEqual({
      verb: "report",
      speaker: "مصادر مطلعة",
      kind: "anonymous",
      carriers: ["أسوشيتد برس"],
      content: "القرار قريب",
    });
  });

  it("resolves a surname and a role to the person introduced earlier", () => {
    const reply = only("وسأل صحفيون المتحدث باسم الكرملين دميتري بيسكوف عن القصة.", "ورد بيسكوف “لا، هذا تقرير خاطئ”.");
    expect(reply.speaker).toMatchObject({ name: "دميتري بيسكوف", kind: "person" });
    expect(reply.speaker.person).toMatchObject({ role: "المتحدث باسم", affiliation: "الكرملين" });
    expect(reply.quote).toBe("لا، هذا تقرير خاطئ");
  });

  it("walks the gap between speaker and words: commas, time, setting, addressee", () => {
    const statement = only("وقالت غوغل في بيان لها للصحفيين أمس الأربعاء إنها ملتزمة بالاستثمار.");
    expect(summary(statement)).toMatchObject({ speaker: "غوغل", content: "ملتزمة بالاستثمار" });
    expect(statement.dateSpan).toBe("وقالت غوغل في بيان لها للصحفيين أمس الأربعاء إنها ");
  });

  it("reads a subject before its verb", () => {
    expect(summary(only("لكن وزارة الطاقة والمياه نفت في بيان مساء أمس ما نشرته الصحيفة."))).toMatchObject({
      verb: "deny",
      speaker: "وزارة الطاقة والمياه",
    });
  });

  it("reads a subject before كان … قد and skips a clause describing the sources", () => {
    const statement = only("وكانت صحيفة وول ستريت جورنال الأمريكية قد ذكرت، نقلا عن مسؤولين أمريكيين لم تسمهم، أن الجانبين يرتبان قمة.");
    expect(summary(statement)).toEqual({
      verb: "report",
      speaker: "مسؤولون أمريكيون",
      kind: "anonymous",
      carriers: ["وول ستريت جورنال"],
      content: "الجانبين يرتبان قمة",
    });
  });

  it("keeps a clause describing a source out of the words, and puts whom it relied on at the origin", () => {
    const statement = only(
      'ونقلت وكالة الأنباء الألمانية عن صحيفة "سودان تريبيون" التي استندت إلى شهود عيان، أن الاشتباكات تجددت جنوب الخرطوم.',
    );
    expect(summary(statement)).toEqual({
      verb: "report",
      speaker: "شهود عيان",
      kind: "anonymous",
      carriers: ["سودان تريبيون", "وكالة الأنباء الألمانية"],
      content: "الاشتباكات تجددت جنوب الخرطوم",
    });
  });

  it.each([
    ['وقالت صحيفة "سودان تريبيون"، التي استندت إلى شهود عيان، إن الاشتباكات تجددت جنوب الخرطوم.', "الاشتباكات تجددت جنوب الخرطوم"],
    ['ونقلت رويترز عن صحيفة "سودان تريبيون" التي استندت إلى شهود عيان أن الاشتباكات تجددت جنوب الخرطوم.', "الاشتباكات تجددت جنوب الخرطوم"],
    ['وفقا لصحيفة "سودان تريبيون" التي استندت إلى شهود عيان، فإن الاشتباكات تجددت جنوب الخرطوم.', "الاشتباكات تجددت جنوب الخرطوم"],
    ['تجددت الاشتباكات جنوب الخرطوم، بحسب صحيفة "سودان تريبيون" التي استندت إلى شهود عيان.', "تجددت الاشتباكات جنوب الخرطوم"],
  ])("reads the relied-on witnesses, with or without commas, in %s", (sentence, content) => {
    const statement = only(sentence);
    expect(summary(statement)).toMatchObject({ speaker: "شهود عيان", content });
    expect(statement.carriers[0]?.name).toBe("سودان تريبيون");
  });

  it("skips a describing clause that names no one relied on", () => {
    expect(summary(only("ونقلت رويترز عن مصادر طبية، التي طلبت عدم الكشف عن هويتها، أن الاشتباكات تجددت."))).toMatchObject({
      speaker: "مصادر طبية",
      carriers: ["رويترز"],
      content: "الاشتباكات تجددت",
    });
  });

  it("reads the agency that received a communiqué (في بلاغ توصلت به) as its carrier", () => {
    const [denial] = statements("نفت وزارة الصحة، في بلاغ توصلت به وكالة المغرب العربي للأنباء، ما نشرته صحيفة «الصباح» بشأن نقص الأدوية.");
    expect(summary(denial!)).toMatchObject({ verb: "deny", speaker: "وزارة الصحة", carriers: ["وكالة المغرب العربي للأنباء"] });
  });

  it("passes over an agency's acronym in quotation marks (وكالة الأنباء السعودية «واس»)", () => {
    expect(summary(only("نقلت وكالة الأنباء السعودية «واس» عن مصادر مطلعة أن الاجتماع تأجل."))).toMatchObject({
      speaker: "مصادر مطلعة",
      carriers: ["وكالة الأنباء السعودية"],
      content: "الاجتماع تأجل",
    });
  });

  it("reads whom a source spoke to when the outlet is named in quotation marks", () => {
    expect(summary(only('أكد مصدر حكومي مطلع لـ"الشرق الأوسط" أن الحكومة لا تعتزم رفع الأسعار.'))).toEqual({
      verb: "affirm",
      speaker: "مصدر حكومي مطلع",
      kind: "anonymous",
      carriers: ["الشرق الأوسط"],
      content: "الحكومة لا تعتزم رفع الأسعار",
    });
  });

  it("reads a quotation that comes before its speaker", () => {
    const statement = only("«لا صحة لهذه الأخبار»، قال الناطق الرسمي باسم الحكومة مصطفى الخلفي في ندوة صحفية أمس.");
    expect(summary(statement)).toMatchObject({ speaker: "مصطفى الخلفي", kind: "person", content: "لا صحة لهذه الأخبار" });
    expect(statement.dateSpan).toBe("قال الناطق الرسمي باسم الحكومة مصطفى الخلفي في ندوة صحفية أمس.");
  });

  it("reads المصدر ذاته as the source named before", () => {
    const [first, again] = statements("وقال مصدر مسؤول إن الامتحانات قائمة.", "وأكد المصدر ذاته أن المواعيد لن تتغير.");
    expect(again).toMatchObject({ continuation: true, content: "المواعيد لن تتغير" });
    expect(again!.speaker).toBe(first!.speaker);
  });

  it("continues the previous speaker after وأضاف and resolves الوكالة to the agency", () => {
    const [first, added, agency] = statements(
      "ذكرت وكالة بلومبرغ أن غوغل تعتزم الاستثمار.",
      "وأضاف: «الاستثمار كبير».",
      "وأضافت الوكالة أن المحادثات متقدمة.",
    );
    expect(first!.continuation).toBe(false);
    expect(added).toMatchObject({ continuation: true, quote: "الاستثمار كبير" });
    expect(added!.speaker.name).toBe("بلومبرغ");
    expect(agency).toMatchObject({ continuation: true, content: "المحادثات متقدمة" });
    expect(agency!.speaker.name).toBe("بلومبرغ");
  });

  it("lets a reference that points at no one stand for itself, unless it is a document", () => {
    expect(summary(only("وقالت الوزارة إن الخبر كاذب."))).toMatchObject({ speaker: "الوزارة", kind: "government" });
    expect(statements("وأوضح البيان أن التعرفة لن تتغير.")).toEqual([]);
  });

  it("reads a bare title as a person", () => {
    expect(summary(only("وقال الوزير إن الخطة جاهزة."))).toMatchObject({ speaker: "الوزير", kind: "person" });
  });

  it("reads nothing into sentences without a verb of saying", () => {
    expect(statements("وسأل صحفيون المتحدث عن القصة.", "وارتفعت الأسعار.")).toEqual([]);
  });

  it("ignores verbs inside what was said", () => {
    const statement = only("ذكرت الصحيفة الأمريكية أن الوزير قال إن الاتفاق وشيك.");
    expect(summary(statement)).toMatchObject({ speaker: "الصحيفة الأمريكية", content: "الوزير قال إن الاتفاق وشيك" });
  });
});
