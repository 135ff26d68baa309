import { describe, expect, it } from "vitest";
import { importDraftSchema } from "@/lib/import/import-draft.types";
import { parseArticle } from "@/lib/import/parse-article";
import { FIXTURE_NAMES, KNOWN_SOURCES, KNOWN_TAGS, chainOf, claimBy, lastAppearance, parseFixture, sourceOf } from "./helpers";

describe("parseArticle: the seed article (Kremlin denies Bloomberg's report)", () => {
  const draft = parseFixture("kremlin-denial.txt");
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads the headline, the publication date and the publishing site", () => {
    expect(draft.article).toEqual({
      headline: "الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا",
      publishedAt: "2024-01-26",
      precision: "day",
      publisherName: "كويت نيوز",
    });
  });

  it("finds exactly two claims: the report and its denial", () => {
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "denial"]);
  });

  it("attributes the report to the two unnamed people close to the Kremlin, in the nominative", () => {
    const claimant = sourceOf(draft, reported.claimantKey);
    expect(claimant).toMatchObject({ name: "شخصان مقربان من الكرملين", kind: "anonymous", matchedSourceId: null });
    expect(reported.text).toBe(
      "بوتين “قد يكون مستعدا للنظر في التخلي عن الإصرار على الوضع المحايد لأوكرانيا وحتى التخلي في نهاية المطاف عن معارضة انضمامها لحلف شمال الأطلسي، وهو ما كان التهديد به مبررا رئيسيا لروسيا للغزو”",
    );
    expect(reported.summary).toBe(
      "الرئيس فلاديمير بوتين “يجس نبض” الولايات المتحدة بشأن إمكانية إجراء محادثات حول إنهاء الحرب في أوكرانيا وربما يفكر في التخلي عن مطلبين رئيسيين يتعلقان بالوضع الأمني لأوكرانيا",
    );
    expect(reported).toMatchObject({ saidAt: "2024-01-26", saidAtPrecision: "day", language: "ar" });
    expect(reported.evidence).toMatch(/^ونقلت بلومبرج عن شخصين مقربين من الكرملين أن بوتين/);
  });

  it("chains the report: unnamed sources ← Bloomberg ← Reuters ← Kuwait News", () => {
    expect(chainOf(draft, reported.key)).toEqual(["شخصان مقربان من الكرملين", "بلومبرغ", "رويترز", "كويت نيوز"]);
    const origin = draft.appearances.find((appearance) => appearance.claimKey === reported.key && appearance.viaKey === null);
    expect(origin?.quote).toMatch(/^قد يكون مستعدا للنظر/);
    expect(lastAppearance(draft, reported.key)).toMatchObject({
      title: draft.article.headline,
      publishedAt: "2024-01-26",
      evidence: "المصدر: كويت نيوز",
    });
  });

  it("matches Bloomberg, Reuters and the Kremlin to known sources and proposes Kuwait News", () => {
    const byName = Object.fromEntries(draft.sources.map((source) => [source.name, source]));
    expect(byName["بلومبرغ"]).toMatchObject({ matchedSourceId: "src-bloomberg", kind: "agency" });
    expect(byName["رويترز"]).toMatchObject({ matchedSourceId: "src-reuters", kind: "agency", evidence: "المصدر رويترز" });
    expect(byName["الكرملين"]).toMatchObject({ matchedSourceId: "src-kremlin", kind: "government" });
    expect(byName["كويت نيوز"]).toMatchObject({ matchedSourceId: null, kind: "outlet" });
    expect(draft.sources).toHaveLength(6);
  });

  it("gives the denial to Peskov, speaking for the Kremlin, in his own words", () => {
    const peskov = sourceOf(draft, denial.claimantKey);
    expect(peskov).toMatchObject({ name: "دميتري بيسكوف", kind: "person", role: "المتحدث باسم", matchedSourceId: null });
    expect(sourceOf(draft, peskov.affiliationKey).name).toBe("الكرملين");
    expect(denial.text).toBe("لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق");
    expect(denial.saidAt).toBe("2024-01-26");
    expect(denial.evidence).toBe("ورد بيسكوف “لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق”.");
    expect(chainOf(draft, denial.key)).toEqual(["دميتري بيسكوف", "رويترز", "كويت نيوز"]);
  });

  it("links the denial to the report it denies", () => {
    expect(draft.links).toEqual([
      {
        fromKey: denial.key,
        toKey: reported.key,
        type: "denies",
        evidence: expect.stringMatching(/^نفى الكرملين اليوم الجمعة تقريرا لوكالة بلومبرج/),
      },
    ]);
  });

  it("reads exactly the three tags, keeping الولايات المتحدة whole", () => {
    expect(draft.tags).toEqual(["أوكرانيا", "الولايات المتحدة", "روسيا"]);
  });

  it("offers the follow-up story as context", () => {
    expect(draft.related).toEqual([
      {
        headline: "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر",
        text: expect.stringMatching(/^أكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف المحادثات الروسية الأميركية في الرياض بدأت للتو/),
      },
    ]);
  });

  it("does not read the follow-up's confirmation as an answer to the report", () => {
    expect(draft.claims.some((claim) => claim.role === "confirmation")).toBe(false);
  });

  it("is a valid draft", () => {
    expect(importDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("proposes every source when the newsroom knows none, spelled as the article spells them", () => {
    const fresh = parseFixture("kremlin-denial.txt", []);
    expect(fresh.sources.every((source) => source.matchedSourceId === null)).toBe(true);
    expect(chainOf(fresh, claimBy(fresh, "reported").key)).toEqual(["شخصان مقربان من الكرملين", "بلومبرج", "رويترز", "كويت نيوز"]);
  });
});

describe("parseArticle: a ministry denies what circulated on social media (Egyptian, Arabic-Indic date)", () => {
  const draft = parseFixture("health-ministry-denial.txt");
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads the Arabic-Indic date and the site", () => {
    expect(draft.article).toMatchObject({ publishedAt: "2024-03-03", precision: "day", publisherName: "بوابة الأهرام" });
  });

  it("attributes the rumour to social media", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "مواقع التواصل الاجتماعي", kind: "social" });
    expect(reported.text).toBe("وقف صرف ألبان الأطفال المدعمة في مكاتب الصحة بجميع المحافظات اعتبارا من الشهر المقبل");
    expect(chainOf(draft, reported.key)).toEqual(["مواقع التواصل الاجتماعي", "بوابة الأهرام"]);
  });

  it("gives the denial to the ministry's spokesman, introduced after his name", () => {
    const spokesman = sourceOf(draft, denial.claimantKey);
    expect(spokesman).toMatchObject({ name: "خالد عبد الرحمن", kind: "person", role: "المتحدث الرسمي باسم" });
    expect(sourceOf(draft, spokesman.affiliationKey)).toMatchObject({ name: "وزارة الصحة والسكان", kind: "government" });
    expect(denial.text).toBe("عار عن الصحة تماما، وصرف الألبان المدعمة مستمر بشكل طبيعي في جميع المكاتب");
    expect(denial.saidAt).toBe("2024-03-03");
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: denial.key, toKey: reported.key, type: "denies" })]);
  });

  it("does not turn the spokesman's elaboration into a claim of its own", () => {
    expect(draft.claims).toHaveLength(2);
  });

  it("splits the tag line against the vocabulary", () => {
    expect(draft.tags).toEqual(["وزارة الصحة", "ألبان الأطفال", "شائعات"]);
  });
});

describe("parseArticle: an army spokesman confirms an agency report (Levantine month, Arabic-Indic digits)", () => {
  const draft = parseFixture("army-confirmation.txt");
  const reported = claimBy(draft, "reported");
  const confirmation = claimBy(draft, "confirmation");

  it("reads كانون الثاني with Arabic-Indic digits", () => {
    expect(draft.article).toMatchObject({ publishedAt: "2025-01-15", publisherName: "المملكة" });
  });

  it("dates the report and the confirmation to the day before publication (أمس)", () => {
    expect(reported.saidAt).toBe("2025-01-14");
    expect(confirmation.saidAt).toBe("2025-01-14");
  });

  it("attributes the report to the official news agency", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "وكالة الأنباء الرسمية", kind: "agency" });
    expect(chainOf(draft, reported.key)).toEqual(["وكالة الأنباء الرسمية", "المملكة"]);
  });

  it("gives the confirmation to the colonel, with his role and the armed forces, in his quoted words", () => {
    const colonel = sourceOf(draft, confirmation.claimantKey);
    expect(colonel).toMatchObject({ name: "سامر حداد", kind: "person", role: "المتحدث العسكري باسم" });
    expect(sourceOf(draft, colonel.affiliationKey).name).toBe("القوات المسلحة");
    expect(confirmation.text).toBe("تمكنت وحداتنا من رصد الطائرة المسيرة وإسقاطها دون وقوع أي إصابات");
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: confirmation.key, toKey: reported.key, type: "confirms" })]);
  });

  it("keeps separated tags as written", () => {
    expect(draft.tags).toEqual(["الجيش", "الحدود الشمالية", "طائرات مسيرة"]);
  });
});

describe("parseArticle: a report with no denial, in Levantine and in Egyptian spelling", () => {
  const levantine = parseFixture("google-data-center-levantine.txt");
  const egyptian = parseFixture("google-data-center-egyptian.txt");

  it("has no answers and no links", () => {
    for (const draft of [levantine, egyptian]) {
      expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "reported"]);
      expect(draft.links).toEqual([]);
    }
  });

  it("matches غوغل/جوجل and بلومبرغ/بلومبرج to the same known sources", () => {
    for (const draft of [levantine, egyptian]) {
      const [report, statement] = draft.claims;
      expect(chainOf(draft, report!.key).slice(0, 2)).toEqual(["أشخاص مطلعون على الخطط", "بلومبرغ"]);
      expect(sourceOf(draft, statement!.claimantKey)).toMatchObject({ name: "جوجل", matchedSourceId: "src-google" });
      expect(draft.sources.find((source) => source.name === "بلومبرغ")?.matchedSourceId).toBe("src-bloomberg");
    }
  });

  it("reads a printed time with its zone as exact, and a bare local time as the day", () => {
    expect(levantine.article).toMatchObject({ publishedAt: "2024-10-03T10:15:00Z", precision: "exact" });
    expect(egyptian.article).toMatchObject({ publishedAt: "2024-10-03", precision: "day" });
  });

  it("dates Google's statement to Wednesday, the day before publication", () => {
    expect(levantine.claims[1]?.saidAt).toBe("2024-10-02");
    expect(egyptian.claims[1]?.saidAt).toBe("2024-10-02");
  });

  it("gives tags in the vocabulary's spelling", () => {
    expect(egyptian.tags).toEqual(["غوغل", "السعودية", "الذكاء الاصطناعي"]);
    expect(levantine.tags).toEqual(egyptian.tags);
  });

  it("names each site as its publisher", () => {
    expect(levantine.article.publisherName).toBe("سكاي نيوز عربية");
    expect(egyptian.article.publisherName).toBe("اليوم السابع");
  });
});

describe("parseArticle: an agency chain of three hops", () => {
  const draft = parseFixture("agency-chain-three-hops.txt");
  const reported = claimBy(draft, "reported");

  it("chains unnamed sources ← AP ← AFP (dateline and credit) ← the site", () => {
    expect(chainOf(draft, reported.key)).toEqual(["مصادر مطلعة", "أسوشيتد برس", "فرانس برس", "الشرق نيوز"]);
    expect(draft.appearances.filter((appearance) => appearance.claimKey === reported.key)).toHaveLength(4);
  });

  it("reads the numeric date day-first and the article's link", () => {
    expect(draft.article).toMatchObject({
      publishedAt: "2025-02-12",
      publisherName: "الشرق نيوز",
      url: "https://example.com/news/2025/02/12/aviation-sanctions",
    });
    expect(lastAppearance(draft, reported.key).url).toBe("https://example.com/news/2025/02/12/aviation-sanctions");
  });

  it("reads a later 'وقالت المصادر' as the same sources, not a new claim", () => {
    expect(draft.claims).toHaveLength(1);
  });

  it("expands the dateline's initials when the newsroom does not know the agency", () => {
    const fresh = parseFixture("agency-chain-three-hops.txt", []);
    expect(chainOf(fresh, claimBy(fresh, "reported").key)).toEqual(["مصادر مطلعة", "أسوشيتد برس", "فرانس برس", "الشرق نيوز"]);
  });
});

describe("parseArticle: a ministry denies a newspaper (وفقا لـ, subject before the verb)", () => {
  const draft = parseFixture("energy-ministry-denial-levantine.txt");
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads شباط (فبراير) with Arabic-Indic digits", () => {
    expect(draft.article).toMatchObject({ publishedAt: "2025-02-22", publisherName: "النهار" });
  });

  it("attributes the report to the newspaper named in «»", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "الأخبار", kind: "outlet" });
    expect(reported.text).toBe("تتجه وزارة الطاقة والمياه إلى رفع تعرفة الكهرباء بنسبة ثلاثين في المئة مطلع الشهر المقبل");
  });

  it("gives the denial to the ministry, dated مساء أمس, linked to the report", () => {
    expect(sourceOf(draft, denial.claimantKey)).toMatchObject({ name: "وزارة الطاقة والمياه", kind: "government" });
    expect(denial).toMatchObject({ text: "لا أساس له من الصحة", saidAt: "2025-02-21" });
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: denial.key, toKey: reported.key, type: "denies" })]);
  });
});

describe("parseArticle: a minister confirms a newspaper's report (office and name, Hijri and Gregorian date line)", () => {
  const draft = parseFixture("foreign-minister-confirmation-hijri.txt");
  const [report, premier] = draft.claims.filter((claim) => claim.role === "reported");
  const confirmation = claimBy(draft, "confirmation");

  it("reads the Gregorian date beside the Hijri one, and the site", () => {
    expect(draft.article).toEqual({
      headline: "شكري: زيارة الوفد الإيراني إلى القاهرة ستتم قريبا",
      publishedAt: "2024-05-10",
      precision: "day",
      publisherName: "مصراوي",
    });
  });

  it("finds the newspaper's report, the prime minister's statement and the minister's confirmation", () => {
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "reported", "confirmation"]);
    expect(sourceOf(draft, report!.claimantKey)).toMatchObject({ name: "الشروق", kind: "outlet" });
    expect(report!.text).toBe("وفدا إيرانيا رفيع المستوى سيزور القاهرة الأسبوع المقبل لبحث استئناف العلاقات الدبلوماسية بين البلدين");
    expect(chainOf(draft, report!.key)).toEqual(["الشروق", "مصراوي"]);
  });

  it("gives the confirmation to the minister, named after his office, in the sentence that vouches for the report", () => {
    expect(sourceOf(draft, confirmation.claimantKey)).toMatchObject({
      name: "سامح شكري",
      kind: "person",
      role: "وزير الخارجية",
      affiliationKey: null,
    });
    expect(confirmation).toMatchObject({ text: "وأكد وزير الخارجية سامح شكري صحة ما نشرته الصحيفة", saidAt: "2024-05-10" });
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: confirmation.key, toKey: report!.key, type: "confirms" })]);
  });

  it("gives the prime minister his office and the body it heads", () => {
    const madbouly = sourceOf(draft, premier!.claimantKey);
    expect(madbouly).toMatchObject({ name: "مصطفى مدبولي", kind: "person", role: "رئيس" });
    expect(sourceOf(draft, madbouly.affiliationKey)).toMatchObject({ name: "مجلس الوزراء", kind: "government" });
    expect(premier!.text).toBe("الحكومة ترحب بأي خطوة لتحسين العلاقات مع دول المنطقة");
  });

  it("reads the tags and has five sources", () => {
    expect(draft.tags).toEqual(["مصر", "إيران", "وزارة الخارجية"]);
    expect(draft.sources.map((source) => source.name)).toEqual(["مصراوي", "الشروق", "مصطفى مدبولي", "مجلس الوزراء", "سامح شكري"]);
  });
});

describe("parseArticle: a government denies an agency's report (وفقا لـ\"…\", كذبت, عار عن الصحة, zoned time)", () => {
  const draft = parseFixture("bread-price-denial-according-to.txt");
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads the time with its GMT offset as exact", () => {
    expect(draft.article).toEqual({
      headline: "الحكومة تكذب أنباء عن رفع سعر الخبز المدعم",
      publishedAt: "2024-03-16T10:30:00+03:00",
      precision: "exact",
      publisherName: "الغد",
    });
  });

  it("attributes the report to the agency's government sources, named in a closing clause", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "مصادر حكومية", kind: "anonymous" });
    expect(reported.text).toBe("الحكومة تعتزم رفع سعر رغيف الخبز المدعم بنسبة خمسين في المئة اعتبارا من الشهر المقبل");
    expect(reported.saidAt).toBe("2024-03-16");
    expect(chainOf(draft, reported.key)).toEqual(["مصادر حكومية", "الأناضول", "الغد"]);
    expect(draft.sources.find((source) => source.name === "الأناضول")).toMatchObject({ kind: "agency", matchedSourceId: null });
  });

  it("makes one denial of the government's كذبت and its spokesman's words, by the spokesman", () => {
    expect(draft.claims).toHaveLength(2);
    const spokesman = sourceOf(draft, denial.claimantKey);
    expect(spokesman).toMatchObject({ name: "نادر الخطيب", kind: "person", role: "المتحدث باسم" });
    expect(sourceOf(draft, spokesman.affiliationKey)).toMatchObject({ name: "الحكومة المصرية", kind: "government" });
    expect(denial).toMatchObject({ text: "عار عن الصحة، ولا نية لرفع سعر الخبز", saidAt: "2024-03-16" });
    expect(chainOf(draft, denial.key)).toEqual(["نادر الخطيب", "الغد"]);
  });

  it("links the denial to the report", () => {
    expect(draft.links).toEqual([
      { fromKey: denial.key, toKey: reported.key, type: "denies", evidence: "وكذبت الحكومة المصرية اليوم السبت هذه الأنباء." },
    ]);
  });

  it("reads the tags as written", () => {
    expect(draft.tags).toEqual(["الخبز", "الحكومة", "شائعات"]);
  });
});

describe("parseArticle: a spokesman confirms a report carried by SPA (Gulf style, city and Hijri date line)", () => {
  const draft = parseFixture("spa-spokesman-confirmation-gulf.txt");
  const reported = claimBy(draft, "reported");
  const confirmation = claimBy(draft, "confirmation");

  it("reads the Gregorian date from a date line that opens with the city and gives the Hijri date first", () => {
    expect(draft.article).toEqual({
      headline: "«الصحة» تؤكد رصد حالات تسمم غذائي في الرياض وإغلاق المطعم المتسبب",
      publishedAt: "2024-01-24",
      precision: "day",
      publisherName: "عكاظ",
    });
  });

  it("finds exactly the report and its confirmation", () => {
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "confirmation"]);
  });

  it("chains the report: the municipality's sources ← SPA (its «واس» acronym not taken for words) ← the site", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "مصادر في أمانة منطقة الرياض", kind: "anonymous" });
    expect(reported.text).toBe("فرق الرقابة أغلقت مطعما شمال المدينة بعد تسجيل حالات تسمم غذائي بين مرتاديه");
    expect(reported.saidAt).toBe("2024-01-24");
    expect(chainOf(draft, reported.key)).toEqual(["مصادر في أمانة منطقة الرياض", "واس", "عكاظ"]);
    expect(draft.sources.find((source) => source.name === "واس")).toMatchObject({ kind: "agency", matchedSourceId: "src-spa" });
  });

  it("gives the confirmation to the ministry's spokesman, dated مساء أمس الثلاثاء, linked to the report", () => {
    const spokesman = sourceOf(draft, confirmation.claimantKey);
    expect(spokesman).toMatchObject({ name: "محمد العبدالعالي", kind: "person", role: "المتحدث الرسمي" });
    expect(sourceOf(draft, spokesman.affiliationKey)).toMatchObject({ name: "وزارة الصحة", kind: "government" });
    expect(confirmation).toMatchObject({
      text: "وأكد المتحدث الرسمي لوزارة الصحة الدكتور محمد العبدالعالي، مساء أمس الثلاثاء، صحة ما أوردته الوكالة",
      saidAt: "2024-01-23",
    });
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: confirmation.key, toKey: reported.key, type: "confirms" })]);
  });

  it("does not turn the spokesman's further words into claims of their own", () => {
    expect(draft.claims).toHaveLength(2);
    expect(draft.tags).toEqual(["الرياض", "وزارة الصحة", "تسمم غذائي"]);
  });
});

describe("parseArticle: a ministry denies a newspaper in a communiqué to MAP (Maghrebi style, جانفي, بلاغ, و.م.ع)", () => {
  const draft = parseFixture("education-ministry-denial-maghrebi.txt");
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads the Maghrebi month name and the site", () => {
    expect(draft.article).toEqual({
      headline: "وزارة التربية الوطنية تنفي إلغاء الامتحان الجهوي الموحد للباكالوريا",
      publishedAt: "2024-01-30",
      precision: "day",
      publisherName: "هسبريس",
    });
  });

  it("attributes the report to the newspaper named in «», dated the day before (أمس الاثنين)", () => {
    expect(sourceOf(draft, reported.claimantKey)).toMatchObject({ name: "الصباح", kind: "outlet" });
    expect(reported.text).toBe("إلغاء الامتحان الجهوي الموحد للسنة الأولى باكالوريا ابتداء من دورة يونيو/جوان المقبلة");
    expect(reported.saidAt).toBe("2024-01-29");
  });

  it("gives the denial to the ministry in its own words, carried by MAP (received the communiqué, credited by initials)", () => {
    expect(sourceOf(draft, denial.claimantKey)).toMatchObject({
      name: "وزارة التربية الوطنية والتعليم الأولي والرياضة",
      kind: "government",
    });
    expect(denial).toMatchObject({ text: "لا أساس له من الصحة", saidAt: "2024-01-30" });
    expect(chainOf(draft, denial.key)).toEqual([
      "وزارة التربية الوطنية والتعليم الأولي والرياضة",
      "وكالة المغرب العربي للأنباء",
      "هسبريس",
    ]);
    expect(draft.sources.find((source) => source.name === "وكالة المغرب العربي للأنباء")?.kind).toBe("agency");
  });

  it("links the denial to the report and finds nothing else", () => {
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "denial"]);
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: denial.key, toKey: reported.key, type: "denies" })]);
    expect(draft.tags).toEqual(["التعليم", "الباكالوريا", "المغرب"]);
  });
});

describe("parseArticle: a weekday named beside أمس or اليوم", () => {
  const parse = (sentence: string) =>
    parseArticle(["خبر", "تاريخ النشر: الجمعة 26 يناير 2024", sentence, "المصدر: الغد"].join("\n"), {
      knownSources: KNOWN_SOURCES,
      knownTags: KNOWN_TAGS,
    });

  it.each([
    ["وقال وزير الخارجية محمد العلي يوم الخميس إن المفاوضات ستستأنف.", "2024-01-25"],
    ["وقال وزير الخارجية محمد العلي أمس الأربعاء إن المفاوضات ستستأنف.", "2024-01-24"],
  ])("dates the statement by the weekday in %s", (sentence, saidAt) => {
    expect(claimBy(parse(sentence), "reported").saidAt).toBe(saidAt);
  });
});

describe("parseArticle: answers that only point at the report", () => {
  const parse = (...body: string[]) =>
    parseArticle(["خبر", "تاريخ النشر: 10 يناير 2024", "ذكرت وكالة رويترز أن الحكومة تدرس إغلاق المدارس.", ...body, "المصدر: الغد"].join("\n"), {
      knownSources: KNOWN_SOURCES,
      knownTags: KNOWN_TAGS,
    });

  it.each([
    ["ونفت الحكومة ذلك.", "ونفت الحكومة ذلك"],
    ["وكذبت الحكومة هذه الأنباء.", "وكذبت الحكومة هذه الأنباء"],
    ["ونفت الحكومة نفيا قاطعا ما أوردته الوكالة.", "ونفت الحكومة نفيا قاطعا ما أوردته الوكالة"],
  ])("takes the whole sentence for the words of %s", (sentence, text) => {
    const draft = parse(sentence);
    expect(claimBy(draft, "denial").text).toBe(text);
    expect(draft.links).toEqual([expect.objectContaining({ type: "denies" })]);
  });

  it("merges a body's denial with its spokesman's, even when he names the body short", () => {
    const draft = parse(
      "في المقابل، ينفي الجيش السوداني هذه الأنباء.",
      'وقال الناطق باسم الجيش العميد نبيل عبد الله إن "ما يتم تداوله لا يتوافق مع الواقع".',
    );
    const denial = claimBy(draft, "denial");
    expect(sourceOf(draft, denial.claimantKey)).toMatchObject({ name: "نبيل عبد الله", role: "الناطق باسم" });
    expect(sourceOf(draft, sourceOf(draft, denial.claimantKey).affiliationKey).name).toBe("الجيش السوداني");
    expect(denial.text).toBe("ما يتم تداوله لا يتوافق مع الواقع");
    expect(draft.links).toHaveLength(1);
  });

  it("does not read a minister's mention of the health ministry as a confirmation", () => {
    const draft = parse("وقال وزير التربية محمد العلي إن وزارة الصحة ستقدم توصياتها الأسبوع المقبل.");
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "reported"]);
    expect(draft.links).toEqual([]);
    expect(sourceOf(draft, draft.claims[1]!.claimantKey)).toMatchObject({ name: "محمد العلي", role: "وزير التربية" });
  });
});

describe("parseArticle: every fixture", () => {
  it.each(FIXTURE_NAMES)("%s gives a valid draft in which every piece cites its evidence", (name) => {
    const draft = parseFixture(name);
    expect(importDraftSchema.safeParse(draft).error?.issues).toBeUndefined();
    for (const piece of [...draft.sources, ...draft.claims, ...draft.appearances, ...draft.links]) {
      expect(piece.evidence.trim()).not.toBe("");
    }
  });
});
