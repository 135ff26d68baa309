/** The verdict scale a new newsroom starts with; admins can relabel, recolour and extend it. */
export const DEFAULT_VERDICT_SCALE = [
  { key: "true", labelAr: "صحيح", labelEn: "True", ratingValue: 5, color: "#15803d", position: 1 },
  { key: "mostly-true", labelAr: "صحيح في معظمه", labelEn: "Mostly true", ratingValue: 4, color: "#4d7c0f", position: 2 },
  { key: "mixed", labelAr: "مختلط", labelEn: "Mixed", ratingValue: 3, color: "#a16207", position: 3 },
  { key: "misleading", labelAr: "مضلل", labelEn: "Misleading", ratingValue: 2, color: "#c2410c", position: 4 },
  { key: "false", labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 5 },
  { key: "unproven", labelAr: "غير مثبت", labelEn: "Unproven", ratingValue: 3, color: "#475569", position: 6 },
] as const;
