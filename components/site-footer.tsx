import { getI18n } from "@/lib/i18n/request-preferences";

export async function SiteFooter() {
  const { t } = await getI18n();
  return (
    <footer className="no-print mx-auto max-w-4xl border-t border-stone-200 px-4 py-6 text-sm text-muted">
      {t("footer.about")}
    </footer>
  );
}
