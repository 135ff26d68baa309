/** Strings of the importer area. */
export const ar = {
} as const;

export const en: Record<keyof typeof ar, string> = {
};
