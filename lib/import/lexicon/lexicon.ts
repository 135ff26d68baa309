import { normalizeArabic } from "@/lib/text/normalize-arabic";

// The parser's vocabulary: the words that mark who said what. Every word is
// stored in "lexicon form" (normalized, with ة→ه and ى→ي folded) because
// Egyptian sites write final ى as ي (نفي، إلي) and ة as ه, and a word list must
// not miss a denial over a dot.

// Every token of every sentence passes through lexiconForm, and articles
// repeat their words; remembering recent results saves most of the work.
// The cache is emptied when full, so its size stays bounded.
const LEXICON_CACHE_SIZE = 20_000;
const lexiconCache = new Map<string, string>();

/** Normalized text with taa marbuta and alef maqsura folded, for word-list lookups. */
export function lexiconForm(text: string): string {
  const cached = lexiconCache.get(text);
  if (cached !== undefined) return cached;
  const form = normalizeArabic(text).replace(/ة/g, "ه").replace(/ى/g, "ي");
  if (lexiconCache.size >= LEXICON_CACHE_SIZE) lexiconCache.clear();
  lexiconCache.set(text, form);
  return form;
}

function wordSet(...words: string[]): ReadonlySet<string> {
  return new Set(words.map(lexiconForm));
}

/** A word with a leading conjunction و/ف removed, if it had one ("ونقلت" → "نقلت"). */
export function withoutConjunction(word: string): string {
  return /^[وف]/.test(word) && word.length >= 3 ? word.slice(1) : word;
}

/** Whether a word, or the word without its leading conjunction, is in the list. */
export function hasWord(list: ReadonlySet<string>, word: string): boolean {
  return list.has(word) || list.has(withoutConjunction(word));
}

/** Verbs that introduce what someone said or published. */
export const REPORTING_VERBS = wordSet(
  "قال", "قالت", "يقول", "تقول", "قالوا",
  "ذكر", "ذكرت", "يذكر", "تذكر",
  "نقل", "نقلت", "ينقل", "تنقل",
  "أفاد", "أفادت", "يفيد", "تفيد",
  "أورد", "أوردت", "يورد", "تورد",
  "كشف", "كشفت", "يكشف", "تكشف",
  "نشر", "نشرت", "ينشر", "تنشر",
  "تداول", "تداولت", "يتداول", "تتداول",
  "زعم", "زعمت", "يزعم", "تزعم",
  "أعلن", "أعلنت", "يعلن", "تعلن",
  "أضاف", "أضافت", "أوضح", "أوضحت", "تابع", "تابعت", "أردف", "أردفت",
  "صرح", "صرحت", "رد", "ردت", "أشار", "أشارت", "لفت", "لفتت", "ختم", "ختمت",
  // "ووصفت الحكومة التقرير بأنه …": what follows بأنه is the speaker's own verdict.
  "وصف", "وصفت", "يصف", "تصف",
);

export const DENIAL_VERBS = wordSet(
  "نفى", "نفت", "ينفي", "تنفي", "نفوا",
  "كذب", "كذبت", "يكذب", "تكذب", "كذبوا",
  "دحض", "دحضت", "يدحض", "تدحض",
);

/** "أكد" and "أقر" are a confirmation only when they point at the report (see extract-stance). */
export const AFFIRMING_VERBS = wordSet("أكد", "أكدت", "يؤكد", "تؤكد", "أكدوا", "أقر", "أقرت", "يقر", "تقر");

/** "نفيا قاطعا": the verb's own emphasis, before what is denied. */
export const EMPHATIC_OBJECTS = wordSet("نفيا", "تكذيبا");
export const EMPHATIC_ADJECTIVES = wordSet("قاطعا", "تاما", "مطلقا", "شديدا", "رسميا", "جملة", "وتفصيلا");

/** Participles that continue the previous speaker: "مضيفا أن ...". */
export const SPEAKING_PARTICIPLES = wordSet(
  "قائلا", "قائلة", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مؤكدا", "مؤكدة", "متابعا",
);

/** Words after which the reported content starts. */
export const COMPLEMENTIZERS = wordSet(
  "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما",
  "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "فإن",
);

/** "نقلت عنه قوله: ..." — the content follows these. */
export const SAYING_NOUNS = wordSet("قوله", "قولها", "قولهم", "بالقول");

/** "الذي", "التي": a relative clause follows ("تقرير بلومبرج الذي قال", "، التي طلبت عدم …"). */
export const RELATIVE_PRONOUNS = wordSet("التي", "الذي", "الذين");

/** "التي استندت إلى شهود عيان": verbs by which a clause about a source names whom it relied on. */
export const CITING_VERBS = wordSet(
  "استند", "استندت", "استندوا", "اعتمد", "اعتمدت", "اعتمدوا", "نقل", "نقلت", "نقلوا",
);

/** The prepositions those verbs take before whom was relied on: "إلى", "على", "عن". */
export const CITING_PREPOSITIONS = wordSet("إلى", "على", "عن");

/** "ما تداولته مواقع التواصل بشأن …": a report named inside a denial. */
export const EMBEDDED_REPORT_VERBS = wordSet(
  "تداولته", "تتداوله", "نشرته", "ذكرته", "أوردته", "نقلته", "بثته", "روجته", "تناقلته", "زعمته", "أفادت", "نشرتها",
);

/** "ما تردد من أنباء حول …", "ما أشيع عن …": a report the sentence names without anyone behind it. */
export const RUMOUR_VERBS = wordSet("تردد", "يتردد", "ترددت", "أشيع", "يشاع", "شاع", "راج", "يروج", "تواتر");

/** "من أنباء", "من معلومات": what was rumoured, named before what it was about. */
export const RUMOUR_NOUNS = wordSet("أنباء", "معلومات", "أخبار", "شائعات", "أقاويل", "أحاديث");

/** "تقريرا لوكالة بلومبرج أفاد بأن …": a report noun whose verb follows its source. */
export const REPORT_DOCUMENTS = wordSet("تقرير", "تقريرا", "التقرير");

/** Prepositions that introduce what an embedded report said: "بشأن", "حول", "عن", "من أن". */
export const TOPIC_PREPOSITIONS = wordSet("بشأن", "حول", "عن", "من", "بخصوص");

/** "وفقا لـ", "طبقا لـ", "بحسب", "حسب", "نقلا عن": the source of the rest of the sentence. */
export const ACCORDING_TO = wordSet("وفقا", "طبقا", "بحسب", "حسب", "نقلا");

/** Whom a statement was made to, not who carried it: "للصحفيين", "لوسائل الإعلام". */
export const ADDRESSEES = wordSet("للصحفيين", "للصحافيين", "لصحفيين", "للصحافة", "لوسائل", "للإعلام", "لنا", "لها", "له");

/** Words that may follow "في بيان": "في بيان له", "في بيان رسمي نشرته على …". */
export const SETTING_TAIL = wordSet("له", "لها", "لهم", "رسمي", "صحفي", "صحافي", "مشترك", "مكتوب", "متلفز", "نشرته", "نشره", "أصدرته", "أصدره");

/** Nouns that name the setting of a statement: "في بيان", "في تصريحات له". */
export const STATEMENT_SETTINGS = wordSet(
  "بيان", "تصريح", "تصريحات", "تقرير", "مقابلة", "حديث", "مؤتمر", "تغريدة", "منشور", "رسالة", "بيانها", "بيانه",
  "ندوة", "لقاء", "حوار", "تدوينة",
  // The Maghreb's word for a communiqué: "في بلاغ لها".
  "بلاغ", "بلاغا", "بلاغها", "بلاغه",
);

/** "في بلاغ توصلت به وكالة المغرب العربي للأنباء": verbs by which the statement's receiver is named. */
export const RECEIVING_VERBS = wordSet("توصلت", "توصل", "تلقت", "تلقى", "تلقته", "تلقاه");

/**
 * The statement's pronoun between its verb and whoever received or reported
 * it: "توصلت به وكالة …", "بحسب ما أفادت به رويترز".
 */
export const STATEMENT_PRONOUNS = wordSet("به", "بها");

/** "وكالة المغرب العربي للأنباء", "وكالة الإمارات للأنباء": the word that ends a news agency's name. */
export const NEWS_AGENCY_TAIL = lexiconForm("للأنباء");

/** Words that name a time relative to the article: skipped between a speaker and what they said. */
export const TIME_WORDS = wordSet(
  "اليوم", "أمس", "غدا", "الليلة", "ليلة", "صباح", "مساء", "ظهر", "فجر", "ليل", "يوم", "أول",
  "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
  "الماضي", "الماضية", "الجاري", "الحالي", "الأسبوع", "الشهر",
);

/** Particles, prepositions and pronouns: never part of a name. */
export const FUNCTION_WORDS = wordSet(
  "عن", "في", "على", "من", "إلى", "مع", "ما", "لا", "لم", "لن", "قد", "كما", "حول", "بشأن", "خلال", "بعد", "قبل",
  "عند", "منذ", "حيث", "التي", "الذي", "الذين", "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم",
  "أو", "ثم", "حتى", "و", "ف", "ل", "ب", "عبر", "وفقا", "بحسب", "حسب", "نقلا", "طبقا", "إلا", "الآن", "إذا", "لكن",
  "بل", "كل", "بين", "ضد", "دون", "نحو", "لدى", "أمام", "أثناء", "أيضا", "فقط", "له", "لها", "لهم", "به", "بها",
  "للصحفيين", "للصحافيين", "لوسائل", "للصحافة", "وأن", "وأنه", "لأن", "كان", "كانت", "يكون", "تكون",
);

/** Things a denial or confirmation is about: they end a speaker's name ("نفى الكرملين التقرير"). */
export const REPORT_NOUNS = wordSet(
  "تقرير", "تقريرا", "تقارير", "التقرير", "التقارير", "أنباء", "الأنباء", "خبر", "خبرا", "الخبر", "أخبار",
  "الأخبار", "شائعات", "الشائعات", "المعلومات", "معلومات", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "صحة",
  "عدم", "وجود", "نيته", "نيتها",
);

/** Honorifics and ranks before a person's name; not part of it. */
export const TITLES = wordSet(
  "الرئيس", "الدكتور", "د", "العقيد", "اللواء", "العميد", "المقدم", "الرائد", "الفريق", "السفير", "الشيخ",
  "المهندس", "الأستاذ", "السيد", "السيدة", "الوزير", "الوزيرة", "النائب", "الأمير", "الملك", "المستشار",
  "القاضي", "الجنرال",
);

/** Heads of a spokesperson's role: "المتحدث (العسكري) باسم ...". */
export const SPOKESPERSON_HEADS = wordSet("المتحدث", "المتحدثة", "الناطق", "الناطقة");

/** Heads of an office before its holder's name: "وزير الخارجية سامح شكري", "رئيس مجلس الوزراء …". */
export const OFFICE_HEADS = wordSet(
  "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "سفير", "سفيرة", "محافظ", "أمين", "الأمين",
);

/** "أمين عام", "الأمين العام", "مدير عام": the word that completes the office's head. */
export const OFFICE_HEAD_COMPLEMENTS = wordSet("عام", "العام", "عامة", "العامة");

/** First words (without ال) of a body an office belongs to: "رئيس مجلس الوزراء", "مدير منظمة الصحة العالمية". */
export const BODY_NOUNS = wordSet(
  "وزارة", "حكومة", "مجلس", "هيئة", "منظمة", "شركة", "بنك", "مصرف", "جامعة", "مكتب", "إدارة", "جهاز", "مؤسسة",
  "لجنة", "سلطة", "حزب", "اتحاد", "نقابة", "برلمان", "محكمة", "جمعية", "مركز", "صندوق", "رئاسة", "أمم",
);

/** Name parts that join the next word: "عبد الرحمن", "أبو علي". */
export const NAME_JOINERS = wordSet("عبد", "أبو", "أبي", "بن", "ابن", "أم", "ولد");

/** Nouns before a source's name, with the kind of source they announce. */
export const SOURCE_DESCRIPTORS: ReadonlyMap<string, "agency" | "outlet" | "social" | "other" | null> = new Map(
  (
    [
      ["وكالة", "agency"], ["صحيفة", "outlet"], ["جريدة", "outlet"], ["موقع", "outlet"], ["قناة", "outlet"],
      ["شبكة", "outlet"], ["مجلة", "outlet"], ["تلفزيون", "outlet"], ["إذاعة", "outlet"], ["راديو", "outlet"],
      ["بوابة", "outlet"], ["منصة", "social"], ["حساب", "social"], ["صفحة", "social"], ["شركة", "other"],
      ["مجموعة", "other"], ["تقرير", null], ["بيان", null],
    ] as const
  ).map(([word, kind]) => [lexiconForm(word), kind]),
);

/** Heads of unnamed sources: "شخصين مقربين", "مصادر مطلعة", "مسؤول أمريكي". */
export const ANONYMOUS_HEADS = wordSet(
  "شخص", "شخصان", "شخصين", "أشخاص", "مصدر", "مصدران", "مصدرين", "مصادر",
  "مسؤول", "مسئول", "مسؤولان", "مسؤولين", "مسئولين", "مسؤولون", "مسئولون",
  "دبلوماسي", "دبلوماسيان", "دبلوماسيين", "دبلوماسيون", "شهود", "مطلعون", "مطلعين", "مقربون", "مقربين",
);

/**
 * Definite nouns that point back to an actor named earlier ("وأضافت الوكالة",
 * "وقالت المصادر"), with the kind of actor they point to; "document" means
 * whoever issued the report or statement ("وأوضح البيان").
 */
export const ANAPHORS: ReadonlyMap<string, "anonymous" | "agency" | "outlet" | "government" | "other" | "document"> = new Map(
  (
    [
      ["المصدر", "anonymous"], ["المصادر", "anonymous"], ["المسؤول", "anonymous"], ["المسئول", "anonymous"],
      ["المسؤولون", "anonymous"], ["الوكالة", "agency"], ["الصحيفة", "outlet"], ["الجريدة", "outlet"],
      ["الموقع", "outlet"], ["القناة", "outlet"], ["الشبكة", "outlet"], ["المجلة", "outlet"],
      ["الوزارة", "government"], ["الحكومة", "government"], ["الرئاسة", "government"], ["الهيئة", "government"],
      ["الشركة", "other"], ["التقرير", "document"], ["البيان", "document"],
    ] as const
  ).map(([word, kind]) => [lexiconForm(word), kind]),
);

/** "المصدر ذاته", "الوزارة نفسها": the same actor as before. */
export const SAME_WORDS = wordSet("ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "أنفسهم");

/** "مسؤول طلب عدم نشر اسمه": the clause that follows an unnamed source, not part of its description. */
export const ANONYMITY_CLAUSE_VERBS = wordSet("طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "اشترط");

/** Anonymous heads in the dual: their adjectives take the dual ending too. */
export const DUAL_ANONYMOUS_HEADS = wordSet("شخصين", "شخصان", "مصدرين", "مصدران", "مسؤولان", "دبلوماسيان");

/** Wire services, recognised by name alone (normalized, without "وكالة"). */
export const WIRE_AGENCIES = wordSet(
  "رويترز", "فرانس برس", "أ ف ب", "اف ب", "أسوشيتد برس", "أسوشيتيد برس", "الأناضول", "د ب أ", "سبوتنيك",
  "تاس", "شينخوا", "إنترفاكس", "يونهاب", "كيودو", "إيفي", "كونا", "واس", "وام", "قنا", "سانا", "بترا",
  "أ ش أ",
);

/** Datelines credit agencies by initials: "(أ ف ب)" is Agence France-Presse. */
const AGENCIES_BY_INITIALS: [string, string][] = [
  ["أ ف ب", "فرانس برس"],
  ["د ب أ", "وكالة الأنباء الألمانية"],
  ["أ ش أ", "وكالة أنباء الشرق الأوسط"],
  ["و م ع", "وكالة المغرب العربي للأنباء"],
  ["أ ب", "أسوشيتد برس"],
];
export const AGENCY_INITIALS: ReadonlyMap<string, string> = new Map(
  AGENCIES_BY_INITIALS.map(([initials, name]) => [lexiconForm(initials), name]),
);

/** First words (without ال) of government bodies. */
export const GOVERNMENT_HEADS = wordSet(
  "وزارة", "حكومة", "رئاسة", "كرملين", "بيت", "بنتاغون", "بنتاجون", "خارجية", "جيش", "قوات", "مجلس", "هيئة",
  "سفارة", "مكتب", "إليزيه", "داخلية", "دفاع", "شرطة", "نيابة", "محكمة", "برلمان", "إدارة", "محافظة", "ديوان",
  "قصر", "وزير", "وزيرة",
);

/** Words that mark social media as the source. */
export const SOCIAL_WORDS = wordSet(
  "التواصل", "منصة", "منصات", "فيسبوك", "تويتر", "إكس", "تيك", "تلغرام", "تليغرام", "حساب", "حسابات", "صفحة",
  "صفحات", "مدونون", "مغردون", "ناشطون", "رواد",
);

/** Words that end outlet names: "كويت نيوز", "نيويورك تايمز". */
export const OUTLET_WORDS = wordSet("نيوز", "تايمز", "بوست", "جورنال", "نت", "أونلاين", "برس");

/** Openers of a sentence before its subject: "لكن الوزارة نفت", "من جهتها، …", "وكانت الصحيفة قد ذكرت". */
export const CLAUSE_OPENERS = wordSet(
  "لكن", "ولكن", "بينما", "فيما", "بدوره", "بدورها", "أما", "غير", "أن", "من", "جهته", "جهتها", "جانبه", "جانبها",
  "كان", "كانت", "وكان", "وكانت",
);

/** Credits that name no one: "المصدر: وكالات". */
export const GENERIC_CREDITS = wordSet("وكالات", "متابعات", "مواقع", "وكالات الأنباء", "مصادر متعددة", "خاص");

/** Phrases that deny, as they appear in quotes and statements. */
export const DENIAL_PHRASES = [
  "تقرير خاطئ", "تقارير خاطئة", "خبر خاطئ", "معلومات خاطئة", "عار عن الصحة", "عارية عن الصحة", "عارية من الصحة",
  "عار من الصحة", "لا يتوافق مع الواقع", "لا تتوافق مع الواقع", "لا أساس له من الصحة", "لا أساس لها من الصحة",
  "لا صحة", "عدم صحة", "غير صحيح", "غير صحيحة", "ليس صحيحا", "أنباء كاذبة", "أخبار كاذبة", "ادعاءات كاذبة",
  "شائعات", "مفبرك", "مفبركة", "محض افتراء", "غير دقيق", "غير دقيقة", "كاذب", "كاذبة", "ملفق", "ملفقة",
  // "…، نافيا ما تردد": a statement that ends by denying.
  "نافيا", "نافية", "نافين",
].map(lexiconForm);

/** Words before "صحة" that turn it into a denial ("عدم صحة", "عار عن الصحة"). */
export const TRUTH_NEGATORS = wordSet("عدم", "لا", "عن", "من", "بعدم", "لعدم");
