import type { Locale } from "./preferences";

/** A record's name in the reader's language: the English name in the English UI when there is one. */
export function localizedName(record: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === "en" && record.nameEn ? record.nameEn : record.name;
}

export function localizedTitle(record: { title: string; titleEn?: string | null }, locale: Locale): string {
  return locale === "en" && record.titleEn ? record.titleEn : record.title;
}

export function localizedLabel(record: { labelAr: string; labelEn: string }, locale: Locale): string {
  return locale === "en" ? record.labelEn : record.labelAr;
}
