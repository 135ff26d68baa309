import type { HTMLAttributes } from "react";
import { HighlightedText } from "@/components/search/highlighted-text";
import { localizedName, localizedTitle } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/preferences";

/**
 * The language of what the newsroom stores (names, titles, summaries, notes,
 * reasoning) unless a field says otherwise: claims carry their own language,
 * and the English variants (nameEn, titleEn) are English.
 */
export const NEWSROOM_LANGUAGE = "ar";

/**
 * The language a stored string is marked with when its field does not say:
 * a name with no Arabic letters in it ("Bloomberg", an evidence title) is
 * taken for English rather than spoken as Arabic.
 */
function languageOfText(text: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return NEWSROOM_LANGUAGE;
  return /\p{Script=Latin}/u.test(text) ? "en" : NEWSROOM_LANGUAGE;
}

type UserTextProps = Omit<HTMLAttributes<HTMLElement>, "dir" | "lang"> & {
  /** Inline by default; a block element when the text is a paragraph or a quotation of its own. */
  as?: "bdi" | "span" | "p" | "h1" | "blockquote";
  lang?: string;
};

/**
 * Text someone stored, as opposed to the interface's own words: isolated
 * (`dir="auto"`), so a name in the other script or a stray bidi control cannot
 * reorder what is around it, and marked with its language, so that in the
 * English interface Arabic is still spoken, hyphenated and shaped as Arabic
 * (WCAG 3.1.2).
 */
export function UserText({ as: Element = "bdi", lang, children, ...attributes }: UserTextProps) {
  return (
    <Element lang={lang ?? (typeof children === "string" ? languageOfText(children) : NEWSROOM_LANGUAGE)} dir="auto" {...attributes}>
      {children}
    </Element>
  );
}

// localizedName and localizedTitle show the English variant in the English interface when there is one.
const variantLanguage = (shown: string, english: string | null | undefined, locale: Locale) => (locale === "en" && english ? "en" : languageOfText(shown));

/** A source's or tag's name in the reader's language, marked with the language it is written in. */
export function LocalizedName({
  record,
  locale,
  highlightWords,
}: {
  record: { name: string; nameEn?: string | null };
  locale: Locale;
  /** A search's words, marked where the name matches them. */
  highlightWords?: string;
}) {
  return (
    <UserText lang={variantLanguage(record.name, record.nameEn, locale)}>
      <HighlightedText text={localizedName(record, locale)} words={highlightWords} />
    </UserText>
  );
}

/** A story's title in the reader's language, marked with the language it is written in. */
export function LocalizedTitle({ record, locale }: { record: { title: string; titleEn?: string | null }; locale: Locale }) {
  return <UserText lang={variantLanguage(record.title, record.titleEn, locale)}>{localizedTitle(record, locale)}</UserText>;
}
