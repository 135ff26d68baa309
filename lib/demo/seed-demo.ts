import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { recordDenial } from "@/lib/claims/record-denial";
import { setVerdict } from "@/lib/claims/set-verdict";
import { createSource, type CreateSourceInput } from "@/lib/sources/create-source";
import { createStory } from "@/lib/stories/create-story";
import { ensureDefaultVerdictScale } from "@/lib/verdicts/ensure-default-scale";

export const DEMO_STORY_SLUG = "kremlin-denies-bloomberg-putin-report";

const actor = systemActor("demo data");

const SOURCES = {
  kuwaitNews: { name: "كويت نيوز", nameEn: "Kuwait News", kind: "outlet", country: "الكويت" },
  reuters: { name: "رويترز", nameEn: "Reuters", aliases: ["Reuters", "وكالة رويترز"], kind: "agency", credibility: 4, credibilityReason: "وكالة أنباء دولية تنشر تصحيحاتها علنًا." },
  bloomberg: { name: "بلومبرج", nameEn: "Bloomberg", aliases: ["بلومبرغ", "بلومبيرغ", "Bloomberg", "وكالة بلومبرج"], kind: "outlet", credibility: 4, credibilityReason: "وسيلة إعلام اقتصادية كبرى؛ تعتمد أحيانًا على مصادر مجهولة." },
  kremlin: { name: "الكرملين", nameEn: "The Kremlin", aliases: ["الرئاسة الروسية", "Kremlin"], kind: "government", country: "روسيا" },
  anonymous: { name: "شخصان مقربان من الكرملين", nameEn: "Two people close to the Kremlin", kind: "anonymous", description: "مصدران لم تسمّهما بلومبرج." },
} satisfies Record<string, CreateSourceInput>;

const ARTICLE_TITLE = "الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا";
const REPORT_DAY = "2024-01-26";

/**
 * The worked example of DESIGN.md as real records, written through the same
 * use-cases editors use (so it is validated and leaves revisions). Loading it
 * again changes nothing: the story's slug marks it as loaded.
 */
export async function seedDemo(): Promise<{ loaded: boolean }> {
  await db().$transaction((tx) => ensureDefaultVerdictScale(tx, actor));
  if (await db().story.findUnique({ where: { slug: DEMO_STORY_SLUG } })) return { loaded: false };

  // One at a time, in this order: the slugs (and so the demo's addresses) follow it.
  const sourceId = async (input: CreateSourceInput) => (await createSource(actor, input)).id;
  const ids = {
    kuwaitNews: await sourceId(SOURCES.kuwaitNews),
    reuters: await sourceId(SOURCES.reuters),
    bloomberg: await sourceId(SOURCES.bloomberg),
    kremlin: await sourceId(SOURCES.kremlin),
    anonymous: await sourceId(SOURCES.anonymous),
  };
  const peskov = await createSource(actor, {
    name: "دميتري بيسكوف",
    nameEn: "Dmitry Peskov",
    aliases: ["ديمتري بيسكوف", "بيسكوف", "Peskov"],
    kind: "person",
    description: "المتحدث باسم الكرملين",
    affiliationId: ids.kremlin,
  });

  const story = await createStory(actor, {
    title: "الكرملين ينفي تقرير بلومبرج عن جسّ بوتين نبض واشنطن",
    titleEn: "The Kremlin denies Bloomberg's report that Putin is sounding out Washington",
    summary: "تقرير بلومبرج عن استعداد بوتين للتفاوض حول أوكرانيا، ونفي الكرملين في اليوم نفسه، وما تلاه بعد عام.",
    slug: DEMO_STORY_SLUG,
    status: "published",
    tags: ["أوكرانيا", "الولايات المتحدة", "روسيا"],
  });
  const tags = ["أوكرانيا", "الولايات المتحدة", "روسيا"];

  const report = await createClaim(actor, {
    claimantId: ids.anonymous,
    saidAt: REPORT_DAY,
    saidAtPrecision: "day",
    text: "الرئيس فلاديمير بوتين «يجس نبض» الولايات المتحدة عبر قنوات غير مباشرة بشأن إمكانية إجراء محادثات حول إنهاء الحرب في أوكرانيا، وقد يكون مستعدًا للتخلي عن الإصرار على الوضع المحايد لأوكرانيا وحتى عن معارضة انضمامها لحلف شمال الأطلسي.",
    summary: "بوتين يجس نبض واشنطن بشأن محادثات لإنهاء الحرب، وقد يتخلى عن مطلبين رئيسيين.",
    status: "published",
    tags,
    storyIds: [story.id],
    appearances: [
      { key: "origin", sourceId: ids.anonymous, quote: "قد يكون مستعدا للنظر في التخلي عن الإصرار على الوضع المحايد لأوكرانيا وحتى التخلي في نهاية المطاف عن معارضة انضمامها لحلف شمال الأطلسي", publishedAt: REPORT_DAY },
      { key: "bloomberg", sourceId: ids.bloomberg, viaKey: "origin", title: "تقرير بلومبرج: بوتين يختبر الأجواء مع واشنطن", publishedAt: REPORT_DAY },
      { key: "reuters", sourceId: ids.reuters, viaKey: "bloomberg", publishedAt: REPORT_DAY },
      { key: "kuwait-news", sourceId: ids.kuwaitNews, viaKey: "reuters", title: ARTICLE_TITLE, publishedAt: REPORT_DAY },
    ],
  });

  await recordDenial(actor, {
    answersClaimId: report.id,
    claimantId: peskov.id,
    saidAt: REPORT_DAY,
    saidAtPrecision: "day",
    text: "لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق.",
    summary: "الكرملين ينفي تقرير بلومبرج.",
    status: "published",
    tags,
    appearances: [
      { key: "reuters", sourceId: ids.reuters, quote: "لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق", publishedAt: REPORT_DAY },
      { key: "kuwait-news", sourceId: ids.kuwaitNews, viaKey: "reuters", title: ARTICLE_TITLE, publishedAt: REPORT_DAY },
    ],
  });

  const followUp = await createClaim(actor, {
    claimantId: peskov.id,
    saidAt: "2025-02-18",
    saidAtPrecision: "day",
    text: "المحادثات الروسية الأميركية في الرياض بدأت للتو ومن المبكر جدا إعطاء أي تقييم. بوتين صرح في أكثر من مناسبة باستعداده للتفاوض مع زيلينسكي إذا لزم الأمر.",
    summary: "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر.",
    status: "published",
    tags,
    storyIds: [story.id],
    appearances: [
      { key: "kuwait-news", sourceId: ids.kuwaitNews, title: "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر", publishedAt: "2025-02-18" },
    ],
  });
  await linkClaims(actor, { fromClaimId: followUp.id, toClaimId: report.id, type: "context" });

  const unproven = await db().verdictLevel.findUniqueOrThrow({ where: { key: "unproven" } });
  await setVerdict(actor, {
    claimId: report.id,
    version: report.version,
    verdictId: unproven.id,
    verdictReasoning:
      "نسبت بلومبرج التقرير إلى شخصين لم تسمّهما، ونفاه الكرملين في اليوم نفسه. بعد عام بدأت محادثات روسية أميركية في الرياض، لكن لم يثبت تخلي موسكو عن مطلبي الحياد ومعارضة عضوية حلف شمال الأطلسي.",
    evidence: [
      {
        url: "https://www.reuters.com/world/europe/",
        title: "رويترز: تغطية روسيا وأوكرانيا",
        note: "بيانات تجريبية: الخبر منقول عن رويترز عبر كويت نيوز، 26 يناير 2024.",
      },
    ],
  });
  return { loaded: true };
}
