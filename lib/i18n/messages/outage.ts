/**
 * Strings of the pages shown when the app cannot answer normally: a database
 * outage (the production server's 503) and the error boundaries
 * (app/error.tsx, app/global-error.tsx). Those are client components rendered
 * when the server could not pick messages, so they import this small area
 * directly and show both languages.
 */
export const ar = {
  "outage.title": "إسناد غير متاح مؤقتًا",
  "outage.draftsKept": "ما كتبته في مكتب التحرير محفوظ في هذا المتصفح، ويعود إليك عند فتح النموذج من جديد.",
  "outage.errorTitle": "تعذّر عرض هذه الصفحة",
  "outage.errorText": "حدث خطأ من جهتنا. إن كانت قاعدة البيانات متوقفة فستعود الصفحة بعد لحظات.",
  "outage.retry": "أعد المحاولة",
  "outage.home": "الصفحة الرئيسية",
  "outage.reference": "رقم المرجع",
} as const;

export const en: Record<keyof typeof ar, string> = {
  "outage.title": "Isnad is unavailable for a moment",
  "outage.draftsKept": "What you typed on the desk is kept in this browser and comes back when you open the form again.",
  "outage.errorTitle": "This page could not be shown",
  "outage.errorText": "Something went wrong on our side. If the database is down, the page will be back in a moment.",
  "outage.retry": "Try again",
  "outage.home": "Home page",
  "outage.reference": "Reference",
};
