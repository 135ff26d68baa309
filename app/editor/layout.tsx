import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format-number";
import type { ReactNode } from "react";
import { getI18n } from "@/lib/i18n/request-preferences";
import { countOpenTipGroups } from "@/lib/tips/list-tip-groups";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const [{ t, prefs }, openTips] = await Promise.all([getI18n(), countOpenTipGroups()]);
  return (
    <div>
      <nav aria-label={t("editor.title")} className="no-print mb-6 flex flex-wrap gap-4 border-b border-stone-200 pb-3 text-sm">
        <Link href="/editor">{t("editor.nav.dashboard")}</Link>
        <Link href="/editor/claims/new">{t("editor.nav.newClaim")}</Link>
        <Link href="/editor/stories">{t("editor.nav.stories")}</Link>
        <Link href="/editor/import">{t("editor.nav.import")}</Link>
        <Link href="/editor/tips" data-testid="nav-tips">
          {t("editor.nav.tips")}
          {openTips > 0 && <span className="ms-1 rounded-full bg-accent px-2 text-xs text-white">{formatNumber(openTips, prefs)}</span>}
        </Link>
      </nav>
      {children}
    </div>
  );
}
