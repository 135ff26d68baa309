/** Strings of the newsroom's desk workflow: restores, review, notes, corrections. */
export const ar = {
  "desk.restore.title": "استعادة نسخة {when}",
  "desk.restore.by": "حفظها {who}.",
  "desk.restore.intro":
    "تعيد الاستعادة محتوى الادعاء كما كان في تلك النسخة: قائله وتاريخه ونصه وسلسلة إسناده ووسومه وقصصه وروابطه. أما حالته وحكمه فيبقيان كما هما إلا إذا اخترتهما أدناه.",
  "desk.restore.keeps": "لا تتغيّر بالاستعادة: الجهة المسؤولة عن الادعاء وتاريخ أول نشر له.",
  "desk.restore.content": "ما سيتغيّر في المحتوى",
  "desk.restore.alsoStatus": "أعد حالته أيضًا إلى «{status}» (حالته الآن «{current}»)",
  "desk.restore.unpublishWarning": "الادعاء منشور: اختيار هذا يسحبه من الموقع العام، فتختفي صفحته عن القرّاء.",
  "desk.restore.statusNotAllowed": "لا يمكنك نقل الادعاء من «{from}» إلى «{to}»، فتبقى حالته «{from}».",
  "desk.restore.alsoVerdict": "أعد حكمه أيضًا، مع التعليل والأدلة",
  "desk.restore.verdictChanges": "ما سيتغيّر في الحكم",
  "desk.restore.same": "هذه النسخة مطابقة للادعاء كما هو الآن: لا شيء لاستعادته.",
  "desk.restore.confirm": "نعم، استعد هذه النسخة",
  "desk.restore.cancel": "عودة إلى السجل",
} as const;

export const en: Record<keyof typeof ar, string> = {
  "desk.restore.title": "Restore the version of {when}",
  "desk.restore.by": "Saved by {who}.",
  "desk.restore.intro":
    "Restoring brings back the claim's content as that version had it: who said it, when, its words, its attribution chain, tags, stories and links. Its status and verdict stay as they are unless you pick them below.",
  "desk.restore.keeps": "A restore does not change: who the claim is assigned to, and the day it was first published.",
  "desk.restore.content": "What changes in the content",
  "desk.restore.alsoStatus": "Also put its status back to “{status}” (now “{current}”)",
  "desk.restore.unpublishWarning": "This claim is published: picking this takes it off the public site, and its page disappears for readers.",
  "desk.restore.statusNotAllowed": "You cannot move the claim from “{from}” to “{to}”, so its status stays “{from}”.",
  "desk.restore.alsoVerdict": "Also restore its verdict, with the reasoning and evidence",
  "desk.restore.verdictChanges": "What changes in the verdict",
  "desk.restore.same": "This version matches the claim as it is now: there is nothing to restore.",
  "desk.restore.confirm": "Yes, restore this version",
  "desk.restore.cancel": "Back to the history",
};
