import Link from "next/link";
import type { ReactNode } from "react";
import { getI18n } from "@/lib/i18n/request-preferences";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <div>
      <nav aria-label={t("editor.title")} className="no-print mb-6 flex flex-wrap gap-4 border-b border-stone-200 pb-3 text-sm">
        <Link href="/editor">{t("editor.nav.dashboard")}</Link>
        <Link href="/editor/claims/new">{t("editor.nav.newClaim")}</Link>
        <Link href="/editor/stories">{t("editor.nav.stories")}</Link>
        <Link href="/editor/import">{t("editor.nav.import")}</Link>
      </nav>
      {children}
    </div>
  );
}
