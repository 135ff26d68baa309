import { describe, expect, it } from "vitest";
import { collectPeople, readPerson } from "@/lib/import/entities/extract-people";
import { splitSentences } from "@/lib/import/tokenize/split-sentences";

function personIn(text: string) {
  const [sentence] = splitSentences([text]);
  for (let i = 0; i < sentence!.tokens.length; i++) {
    const found = readPerson(sentence!.text, sentence!.tokens, i);
    if (found) return found.value;
  }
  return null;
}

describe("readPerson", () => {
  it("reads a role, the body it speaks for, then the name", () => {
    expect(personIn("وسأل صحفيون المتحدث باسم الكرملين دميتري بيسكوف عن القصة")).toMatchObject({
      name: "دميتري بيسكوف",
      role: "المتحدث باسم",
      affiliation: "الكرملين",
    });
  });

  it("keeps the role's adjective and skips a rank before the name", () => {
    expect(personIn("وأكد المتحدث العسكري باسم القوات المسلحة العقيد سامر حداد، مساء أمس")).toMatchObject({
      name: "سامر حداد",
      role: "المتحدث العسكري باسم",
      affiliation: "القوات المسلحة",
    });
  });

  it("reads a role given after the name", () => {
    expect(personIn("وقال الدكتور خالد عبد الرحمن، المتحدث الرسمي باسم وزارة الصحة والسكان، في بيان")).toMatchObject({
      name: "خالد عبد الرحمن",
      role: "المتحدث الرسمي باسم",
      affiliation: "وزارة الصحة والسكان",
    });
  });

  it("reads a body written with an attached لـ", () => {
    expect(personIn("وقالت الناطقة الرسمية لوزارة الخارجية ريم نصر إن")).toMatchObject({
      name: "ريم نصر",
      role: "الناطقة الرسمية",
      affiliation: "وزارة الخارجية",
    });
  });

  it("reads a title and a name, with adjectives in between", () => {
    expect(personIn("وكان الرئيس الأمريكي جو بايدن قد قال")).toMatchObject({ name: "جو بايدن", role: null, affiliation: null });
  });

  it("keeps a family name in the nisba form, but not the next word of the sentence", () => {
    expect(personIn("وقال الناطق باسم الحكومة مصطفى الخلفي في ندوة")?.name).toBe("مصطفى الخلفي");
    expect(personIn("وأكد المتحدث باسم الرئاسة دميتري بيسكوف المحادثات")?.name).toBe("دميتري بيسكوف");
  });

  it("reads a role with no name", () => {
    expect(personIn("وأشار المتحدث باسم الكرملين إلى أن")).toMatchObject({ name: null, role: "المتحدث باسم", affiliation: "الكرملين" });
  });

  it("reads an office then its holder's name, the portfolio being part of the role", () => {
    expect(personIn("وقال وزير الخارجية سامح شكري إن الزيارة ستتم قريبا")).toMatchObject({
      name: "سامح شكري",
      role: "وزير الخارجية",
      affiliation: null,
    });
    expect(personIn("وقال رئيس الوزراء محمد شياع السوداني إن")).toMatchObject({
      name: "محمد شياع السوداني",
      role: "رئيس الوزراء",
      affiliation: null,
    });
  });

  it("reads a holder's name then the office in apposition", () => {
    expect(personIn("وقال سامح شكري، وزير الخارجية، إن الزيارة ستتم قريبا")).toMatchObject({
      name: "سامح شكري",
      role: "وزير الخارجية",
      affiliation: null,
    });
  });

  it("gives an office that names a body that body as the affiliation", () => {
    expect(personIn("وقال رئيس مجلس الوزراء محمد العلي إن")).toMatchObject({
      name: "محمد العلي",
      role: "رئيس",
      affiliation: "مجلس الوزراء",
    });
    expect(personIn("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن")).toMatchObject({
      name: "أنطونيو غوتيريش",
      role: "الأمين العام",
      affiliation: "الأمم المتحدة",
    });
  });

  it("does not take a given name or an office of nothing for a role", () => {
    expect(personIn("وقال أمين محمود إن")).toBeNull();
    expect(personIn("وقال مدير إن")).toBeNull();
  });

  it("keeps a family name with the article after a title or role and a given name", () => {
    expect(personIn("قال المتحدث باسم وزارة الداخلية العميد أحمد الخطيب في تصريح")?.name).toBe("أحمد الخطيب");
    expect(personIn("وقال العميد أحمد الخطيب إن الوضع هادئ")?.name).toBe("أحمد الخطيب");
    expect(personIn("قال المتحدث باسم وزارة الداخلية العميد أحمد الخطيب.")?.name).toBe("أحمد الخطيب");
  });

  it("does not take a definite word that goes on for a family name", () => {
    expect(personIn("وأكد الوزير أحمد المشروع الجديد")?.name).toBe("أحمد");
  });

  it("does not take a bare name for a person introduction", () => {
    expect(personIn("ورد بيسكوف بأن")).toBeNull();
  });
});

describe("collectPeople", () => {
  const people = collectPeople(
    splitSentences([
      "وسأل صحفيون المتحدث باسم الكرملين دميتري بيسكوف عن القصة.",
      "وقال الدكتور خالد عبد الرحمن، المتحدث الرسمي باسم وزارة الصحة، إن الخبر غير صحيح.",
      "والتقى الوزير أحمد حداد والعقيد سامر حداد.",
    ]),
  );

  it("finds a person by full name or by surname", () => {
    expect(people.find("بيسكوف")?.name).toBe("دميتري بيسكوف");
    expect(people.find("دميتري بيسكوف")?.affiliation).toBe("الكرملين");
    expect(people.find("عبد الرحمن")?.name).toBe("خالد عبد الرحمن");
  });

  it("does not guess between two people with the same surname", () => {
    expect(people.find("حداد")).toBeNull();
    expect(people.find("سامر حداد")?.name).toBe("سامر حداد");
  });

  it("finds an office's holder by the office alone", () => {
    const ministers = collectPeople(splitSentences(["وقال وزير الخارجية سامح شكري إن الزيارة قريبة.", "وقال المتحدث باسم الحكومة مهند مبيضين إن."]));
    expect(ministers.findHolder("وزير الخارجية", null)?.name).toBe("سامح شكري");
    expect(ministers.findHolder("رئيس", "الحكومة")).toBeNull();
  });

  it("finds who speaks for a body", () => {
    expect(people.findHolder("المتحدث باسم", "الكرملين")?.name).toBe("دميتري بيسكوف");
    expect(people.findHolder("الناطق الرسمي باسم", "كرملين")?.name).toBe("دميتري بيسكوف");
    expect(people.findHolder("المتحدث باسم", "البيت الأبيض")).toBeNull();
  });
});
