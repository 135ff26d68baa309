// Arabic news text for the bench data: real words of wire copy, put together
// the way claims read ("قال المتحدث باسم … إن …"), with what real archives
// hold and a toy vocabulary would not: names spelled several ways
// (بلومبرج / بلومبرغ / بلومبيرغ), words with and without diacritics or
// hamza, prefixed and suffixed forms the stemmer folds, numbers, and a long
// tail of rare names. Word frequencies follow a Zipf-like curve, so a common
// word matches a few percent of the archive and a rare one a handful of
// claims, as in the measurements.

/** A small, fast, seeded random source (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Zipf-like: the first items are picked far more often than the last. */
export const pickSkewed = <T>(random: Random, items: readonly T[]): T => items[Math.floor(items.length * random() ** 2.2)]!;

// Names with the spellings Arabic outlets actually use for them.
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ["بلومبرج", "بلومبرغ", "بلومبيرغ"],
  ["زيلينسكي", "زيلنسكي"],
  ["أمريكا", "امريكا", "أميركا"],
  ["الأمريكية", "الأميركية", "الامريكية"],
  ["إسرائيل", "اسرائيل"],
  ["نتنياهو", "نتانياهو"],
  ["غوتيريش", "جوتيريش", "غوتيريس"],
  ["جورجيا", "غورجيا"],
  ["بيسكوف", "بسكوف"],
  ["الكرملين", "كرملين"],
  ["ترامب", "ترمب"],
  ["بايدن", "بايدين"],
  ["لافروف", "لافروڤ"],
  ["الناتو", "النيتو"],
  ["غزة", "غزه"],
  ["كييف", "كيیف"],
];

const PEOPLE_FIRST = [
  "محمد", "أحمد", "علي", "عمر", "خالد", "يوسف", "إبراهيم", "حسن", "حسين", "سعيد", "عبدالله", "عبدالرحمن", "فيصل", "سلمان",
  "ناصر", "طارق", "ماجد", "سامي", "وليد", "رامي", "كريم", "هشام", "مصطفى", "إسماعيل", "جمال", "نبيل", "عادل", "مروان",
  "فاطمة", "مريم", "سارة", "ليلى", "هدى", "نور", "رانيا", "سلمى", "دينا", "منى", "أمل", "ريم", "لينا", "هالة", "جميلة",
  "دميتري", "سيرغي", "فلاديمير", "أنتوني", "جو", "إيمانويل", "أولاف", "رجب", "بنيامين", "كامالا", "أنطونيو", "جوزيب",
];
const PEOPLE_LAST = [
  "العتيبي", "الشمري", "القحطاني", "الحربي", "الدوسري", "المطيري", "الزهراني", "الغامدي", "العنزي", "السبيعي", "البلوشي",
  "الخطيب", "النجار", "الحداد", "الصباغ", "العطار", "الخياط", "المصري", "الشامي", "البغدادي", "الحلبي", "التونسي",
  "حداد", "سلامة", "منصور", "عيسى", "يعقوب", "داود", "سليمان", "زيدان", "خوري", "نصار", "عواد", "شاهين", "بركات",
  "بيسكوف", "لافروف", "بلينكن", "ماكرون", "شولتس", "أردوغان", "نتنياهو", "هاريس", "غوتيريش", "بوريل", "شويغو",
];
const PLACES = [
  "موسكو", "واشنطن", "كييف", "بكين", "باريس", "لندن", "برلين", "أنقرة", "طهران", "الرياض", "القاهرة", "الدوحة", "أبوظبي",
  "دبي", "الكويت", "بغداد", "دمشق", "بيروت", "عمان", "غزة", "القدس", "رام الله", "الخرطوم", "طرابلس", "تونس", "الجزائر",
  "الرباط", "صنعاء", "عدن", "مسقط", "المنامة", "جنيف", "فيينا", "بروكسل", "نيويورك", "إسطنبول", "أوديسا", "خاركيف",
  "دونيتسك", "زابوريجيا", "حلب", "الموصل", "البصرة", "بنغازي", "مأرب", "الحديدة", "سيناء", "الضفة الغربية", "درعا",
];
const COUNTRIES = [
  "روسيا", "أوكرانيا", "الولايات المتحدة", "الصين", "فرنسا", "ألمانيا", "بريطانيا", "تركيا", "إيران", "السعودية", "مصر",
  "قطر", "الإمارات", "الكويت", "العراق", "سوريا", "لبنان", "الأردن", "فلسطين", "السودان", "ليبيا", "اليمن", "عمان",
  "البحرين", "المغرب", "الجزائر", "تونس", "إسرائيل", "الهند", "باكستان", "اليابان", "كوريا الجنوبية", "البرازيل",
];
const ORGANIZATIONS = [
  "الكرملين", "البيت الأبيض", "وزارة الخارجية", "وزارة الدفاع", "وزارة الصحة", "وزارة المالية", "البنك المركزي",
  "الأمم المتحدة", "مجلس الأمن", "حلف شمال الأطلسي", "الاتحاد الأوروبي", "جامعة الدول العربية", "منظمة الصحة العالمية",
  "صندوق النقد الدولي", "البنك الدولي", "الرئاسة", "الحكومة", "البرلمان", "مجلس الوزراء", "الجيش", "الشرطة",
  "منظمة أوبك", "الصليب الأحمر", "وكالة الطاقة الذرية", "المحكمة الجنائية الدولية", "مجلس التعاون الخليجي",
];
const OFFICIALS = [
  "المتحدث باسم", "وزير خارجية", "وزير دفاع", "رئيس وزراء", "مسؤول في", "مصدر في", "سفير", "مستشار", "نائب رئيس",
  "رئيس", "مدير", "الناطق الرسمي باسم", "عضو في", "مصدر مقرب من", "دبلوماسي في",
];
// Reporting verbs, past and present, some with diacritics as copy carries them.
const SAYING_VERBS = [
  "قال", "أكد", "أعلن", "نفى", "ينفي", "كشف", "أفاد", "ذكر", "أوضح", "صرح", "أشار", "زعم", "حذر", "نفت", "أكدت", "أعلنت",
  "قالت", "يؤكد", "تؤكد", "نقلت", "نَفى", "أكَّد", "أعلنَ", "رجح", "توقع", "اتهم", "دعا", "طالب",
];
const EVENTS = [
  "إجراء محادثات", "وقف إطلاق النار", "انسحاب القوات", "فرض عقوبات", "رفع العقوبات", "تبادل الأسرى", "إرسال مساعدات",
  "شن هجوم", "إسقاط طائرة مسيرة", "اعتقال", "إطلاق سراح", "توقيع اتفاق", "تعليق المفاوضات", "استئناف المفاوضات",
  "زيادة أسعار النفط", "خفض الإنتاج", "رفع أسعار الفائدة", "تأجيل الانتخابات", "إغلاق المعبر", "فتح المعبر", "إجلاء المدنيين",
  "قصف مستشفى", "استهداف قافلة", "تسريب وثائق", "إقالة الوزير", "استقالة الحكومة", "تعديل الدستور", "نشر صواريخ",
  "تجميد الأصول", "حظر الصادرات", "إلغاء الزيارة", "تمديد الهدنة", "انهيار الهدنة", "تفشي الوباء", "نقص الغذاء",
];
const OBJECTS = [
  "التقرير", "الأنباء", "المعلومات", "الادعاءات", "الشائعات", "التصريحات", "الوثائق", "الصور", "المقطع المصور",
  "البيان", "الرواية", "الاتهامات", "الأرقام", "الإحصاءات", "المزاعم", "التسريبات",
];
const QUALIFIERS = [
  "عارية عن الصحة", "غير دقيقة", "صحيحة تماما", "مضللة", "لا أساس لها", "خاطئة", "مفبركة", "قديمة", "مجتزأة",
  "لا تتوافق مع الواقع على الإطلاق", "تحتاج إلى تحقق", "مبالغ فيها", "دقيقة", "موثوقة",
];
const TIMES = [
  "اليوم", "أمس", "صباح الجمعة", "مساء الخميس", "يوم الأحد", "يوم الإثنين", "خلال الأسبوع الماضي", "في وقت سابق",
  "الشهر الماضي", "منذ أيام", "في ساعة متأخرة", "فجر السبت", "مطلع العام", "نهاية الأسبوع",
];
const CONNECTORS = ["بشأن", "حول", "عن", "في إطار", "على خلفية", "ردا على", "وسط", "بعد", "قبل", "إثر", "عقب"];
const UNITS = ["قتيلا", "جريحا", "مليون دولار", "مليار دولار", "طن", "شاحنة", "لاجئ", "صاروخ", "جندي", "برميل", "بالمئة"];

const AGENCIES = [
  "رويترز", "بلومبرج", "بلومبرغ", "وكالة الصحافة الفرنسية", "أسوشيتد برس", "الجزيرة", "العربية", "سكاي نيوز عربية",
  "بي بي سي عربي", "فرانس 24", "الشرق الأوسط", "الحياة", "القدس العربي", "روسيا اليوم", "تاس", "ريا نوفوستي", "سبوتنيك",
  "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال", "الغارديان", "فايننشال تايمز", "كويت نيوز", "وكالة الأناضول",
  "وكالة الأنباء السعودية", "وكالة أنباء الإمارات", "وكالة الأنباء الكويتية", "وكالة الأنباء القطرية", "سي إن إن",
];
const OUTLET_KINDS = ["صحيفة", "موقع", "قناة", "إذاعة", "مجلة", "وكالة أنباء", "شبكة", "منصة", "حساب", "نشرة"];
const OUTLET_WORDS = [
  "الأخبار", "الوطن", "الصباح", "الفجر", "النهار", "الشروق", "الغد", "الأيام", "البيان", "الرأي", "الخليج", "المستقبل",
  "الحقيقة", "الحدث", "الميدان", "اليوم", "الأنباء", "الساعة", "المرصد", "الحرية", "العاصمة", "الشعب", "الأمة", "الجمهورية",
];

/** Adds diacritics to a word the way some copy does (a fatha, a shadda, a tanwin). */
function withDiacritics(random: Random, word: string): string {
  const marks = ["\u064E", "\u064F", "\u0650", "\u0651", "\u064B", "\u0652"];
  return [...word].map((letter, index) => (index > 0 && random() < 0.35 ? letter + pick(random, marks) : letter)).join("");
}

/** One spelling of a name: the variants are used about equally, diacritics now and then. */
function spell(random: Random, word: string): string {
  const variants = SPELLING_VARIANTS.find((group) => group.includes(word));
  const spelled = variants ? pick(random, variants) : word;
  return random() < 0.06 ? withDiacritics(random, spelled) : spelled;
}

// The long tail: family names made of three syllables (about 27,000 of
// them), so most appear in a handful of claims, like the names in a real archive.
const SYLLABLES = [
  "بو", "زر", "قا", "مي", "لا", "نو", "طه", "شا", "فر", "حم", "دي", "سو", "كا", "رو", "جا",
  "ها", "عي", "غا", "ثا", "صا", "بي", "تو", "نا", "ري", "سل", "مو", "خا", "ور", "دا", "يو",
];
const rareFamilyName = (random: Random) => `${pick(random, SYLLABLES)}${pick(random, SYLLABLES)}${pick(random, SYLLABLES)}ي`;
function rarePerson(random: Random): string {
  return `${pick(random, PEOPLE_FIRST)} ${rareFamilyName(random)}`;
}

const person = (random: Random) => (random() < 0.25 ? rarePerson(random) : `${pickSkewed(random, PEOPLE_FIRST)} ${spell(random, pickSkewed(random, PEOPLE_LAST))}`);
const place = (random: Random) => spell(random, pickSkewed(random, random() < 0.5 ? PLACES : COUNTRIES));
const speaker = (random: Random) => `${pick(random, OFFICIALS)} ${spell(random, pickSkewed(random, ORGANIZATIONS))}`;
const quantity = (random: Random) => `${1 + Math.floor(random() ** 3 * 20_000)} ${pick(random, UNITS)}`;

/** The text of one claim: one or two sentences of wire copy, 12–40 words. */
export function claimText(random: Random): string {
  const event = pickSkewed(random, EVENTS);
  const templates = [
    () => `${spell(random, pick(random, SAYING_VERBS))} ${speaker(random)} ${pick(random, TIMES)} إن ${spell(random, pickSkewed(random, COUNTRIES))} مستعدة ل${event} ${pick(random, CONNECTORS)} ${place(random)}`,
    () => `${spell(random, pick(random, SAYING_VERBS))} ${person(random)} أن ${pick(random, OBJECTS)} ${pick(random, CONNECTORS)} ${event} في ${place(random)} ${pick(random, QUALIFIERS)}`,
    () => `${spell(random, pick(random, SAYING_VERBS))} ${spell(random, pickSkewed(random, ORGANIZATIONS))} ${event} ${pick(random, TIMES)} وسقوط ${quantity(random)} في ${place(random)}`,
    () => `نقلت ${spell(random, pickSkewed(random, AGENCIES))} عن ${speaker(random)} أن ${person(random)} ${spell(random, pick(random, SAYING_VERBS))} ${event} ${pick(random, CONNECTORS)} ${place(random)}`,
    () => `${pick(random, OBJECTS)} عن ${event} في ${place(random)} ${pick(random, QUALIFIERS)}، بحسب ${speaker(random)}`,
    () => `${spell(random, pick(random, SAYING_VERBS))} ${speaker(random)} أن ${quantity(random)} وصلت إلى ${place(random)} ${pick(random, TIMES)} ${pick(random, CONNECTORS)} ${event}`,
  ];
  const sentence = () => pick(random, templates)();
  return random() < 0.4 ? `${sentence()}. ${sentence()}` : sentence();
}

/** A short summary, on about a third of the claims. */
export function claimSummary(random: Random): string | null {
  return random() < 0.33 ? `${pick(random, OBJECTS)} ${pick(random, CONNECTORS)} ${pickSkewed(random, EVENTS)} في ${place(random)}` : null;
}

export type GeneratedSource = { name: string; nameEn: string | null; aliases: string[]; kind: "agency" | "outlet" | "government" | "person" | "anonymous" | "social" | "other" };

/** The i-th source of the bench archive: the real agencies first, then outlets, officials, people and accounts. */
export function sourceAt(index: number, random: Random): GeneratedSource {
  if (index < AGENCIES.length) return { name: AGENCIES[index]!, nameEn: null, aliases: [], kind: "agency" };
  const kind = index % 10;
  if (kind < 4) {
    const name = `${pick(random, OUTLET_KINDS)} ${pick(random, OUTLET_WORDS)} ${spell(random, pick(random, [...PLACES, ...COUNTRIES]))}`;
    return { name, nameEn: null, aliases: random() < 0.2 ? [`${name} الإلكتروني`] : [], kind: "outlet" };
  }
  if (kind < 6) return { name: `${pick(random, OFFICIALS)} ${pick(random, ORGANIZATIONS)}`, nameEn: null, aliases: [], kind: "government" };
  if (kind < 9) {
    const family = pick(random, PEOPLE_LAST);
    const variants = SPELLING_VARIANTS.find((group) => group.includes(family));
    return { name: `${pick(random, PEOPLE_FIRST)} ${family}`, nameEn: null, aliases: variants ? variants.filter((v) => v !== family) : [], kind: "person" };
  }
  return { name: `@${pick(random, OUTLET_WORDS)}_${index}`, nameEn: null, aliases: [], kind: "social" };
}

/** Tag names: countries, places and organizations, as editors tag. */
export const TAG_NAMES: readonly string[] = [...new Set([...COUNTRIES, ...PLACES, ...ORGANIZATIONS, ...EVENTS])];

/** A story title about one event in one place. */
export function storyTitle(random: Random, index: number): string {
  return `${pick(random, OBJECTS)} ${pick(random, CONNECTORS)} ${pick(random, EVENTS)} في ${pick(random, PLACES)} (${index})`;
}

/**
 * Words the bench searches for. At a million claims: a common word matches
 * about 45,000 claims (the issue measured 36,000), a very common one a
 * quarter of the archive; the variants are spellings the data also holds
 * in another form; the prefixes are what a picker is typed.
 */
export const BENCH_QUERIES = {
  common: ["التقرير", "الحكومة"],
  veryCommon: ["الكرملين", "روسيا"],
  variant: ["بلومبيرغ", "زيلنسكي", "نتانياهو", "جوتيريش"],
  sourcePrefix: ["بلومب", "رويتر", "صحيفة الأخ", "محمد الع", "وكالة الأن", "قناة الحد"],
} as const;

/** Rare names to search for: family names from the tail, each in a handful of claims at a million (and likely none at a thousand). */
export function rareWords(count: number): string[] {
  const random = seededRandom(424_242);
  return Array.from({ length: count }, () => rareFamilyName(random));
}
