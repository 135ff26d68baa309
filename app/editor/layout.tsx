import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format-number";
import type { ReactNode } from "react";
import { actorUserId, may } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { getI18n } from "@/lib/i18n/request-preferences";
import { countInbox } from "@/lib/inbox/get-inbox";
import { countOpenTipGroups } from "@/lib/tips/list-tip-groups";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  const [{ t, prefs }, actor, openTips] = await Promise.all([getI18n(), getActor(), countOpenTipGroups()]);
  // The desk header counts what waits in the editor's inbox (lib/inbox/get-inbox.ts) and readers' open tips.
  const userId = may(actor, "claim.readDraft") ? actorUserId(actor) : null;
  const waiting = userId ? await countInbox(userId) : 0;
  return (
    <div>
      <nav aria-label={t("editor.title")} className="no-print mb-6 flex flex-wrap gap-4 border-b border-stone-200 pb-3 text-sm">
        <Link href="/editor">{t("editor.nav.dashboard")}</Link>
        {userId && (
          <Link href="/editor/inbox" data-testid="inbox-link">
            {waiting > 0 ? t("inbox.navCount", { count: waiting }) : t("inbox.nav")}
          </Link>
        )}
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
