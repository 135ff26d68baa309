/** Strings of the editor area. */
export const ar = {
} as const;

export const en: Record<keyof typeof ar, string> = {
};
