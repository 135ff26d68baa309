/** Strings of media evidence: uploads, their refusals, the desk's media section, archived links. */
export const ar = {
  "error.storageUnavailable": "تعذّر الوصول إلى مخزن الملفات الآن فلم يُحفظ شيء؛ أعد المحاولة بعد قليل.",
};

export const en: Record<keyof typeof ar, string> = {
  "error.storageUnavailable": "The file store cannot be reached right now, so nothing was saved; try again shortly.",
};
