import { stripControlCharacters } from "./normalize-arabic";

/** Slugs keep Arabic and Latin letters and digits, so /sources/رويترز reads as what it is. */
export function slugify(text: string): string {
  return stripControlCharacters(text)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
