import Link from "next/link";
import { UserText } from "@/components/claims/user-text";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";

/** One of the newsroom's own pages, paragraph by paragraph, in the reader's language (Arabic when no English was written). */
export function SitePageArticle({
  title,
  page,
  prefs,
  t,
}: {
  title: string;
  page: { bodyAr: string; bodyEn: string };
  prefs: Preferences;
  t: Translate;
}) {
  const body = (prefs.locale === "en" && page.bodyEn.trim() ? page.bodyEn : page.bodyAr).trim();
  const paragraphs = body ? body.split(/\n\s*\n/) : [];
  return (
    <article className="space-y-4" data-testid="site-page">
      <h1 className="text-2xl font-bold">{title}</h1>
      {paragraphs.length === 0 ? (
        <p className="text-muted">{t("reader.pages.empty")}</p>
      ) : (
        paragraphs.map((paragraph, index) => (
          <UserText key={index} as="p" className="whitespace-pre-line">
            {paragraph}
          </UserText>
        ))
      )}
      <p className="text-sm">
        <Link href="/corrections">{t("reader.corrections.title")}</Link>
      </p>
    </article>
  );
}
