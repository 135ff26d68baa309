import Link from "next/link";
import { getI18n } from "@/lib/i18n/request-preferences";

export async function SiteFooter() {
  const { t } = await getI18n();
  return (
    <footer className="no-print mx-auto max-w-4xl space-y-2 border-t border-stone-200 px-4 py-6 text-sm text-muted">
      <p>{t("footer.about")}</p>
      <nav aria-label={t("reader.pages.methodology")} className="flex flex-wrap gap-4">
        <Link href="/methodology">{t("reader.pages.methodology")}</Link>
        <Link href="/corrections-policy">{t("reader.pages.correctionsPolicy")}</Link>
        <Link href="/corrections">{t("reader.corrections.title")}</Link>
      </nav>
    </footer>
  );
}
