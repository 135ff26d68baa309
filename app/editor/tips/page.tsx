import type { Metadata } from "next";
import Link from "next/link";
import { TipQueue } from "@/components/editor/tip-queue";
import { pageHref, Pagination } from "@/components/pagination";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listTipGroups, tipQueueParams } from "@/lib/tips/list-tip-groups";
import { TIP_STATUSES } from "@/lib/vocabulary";
import { dismissTipGroupAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Readers' tips, grouped by claim, a status and a page at a time. */
export default async function EditorTipsPage({ searchParams }: Props) {
  const query = await searchParams;
  await requirePermission("tip.review", pathWithQuery("/editor/tips", query));
  const { t, prefs } = await getI18n();
  const { status, page } = tipQueueParams.parse(query);
  const { items, pages } = await listTipGroups({ status, page });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("editor.tips.title")}</h1>
      <p className="text-muted">{t("editor.tips.intro")}</p>
      <nav className="flex flex-wrap gap-4 text-sm" aria-label={t("editor.tips.title")}>
        {TIP_STATUSES.map((value) => (
          <Link key={value} href={`/editor/tips?status=${value}`} aria-current={value === status ? "page" : undefined} className="aria-[current=page]:font-bold">
            {t(`editor.tips.status.${value}`)}
          </Link>
        ))}
      </nav>
      <TipQueue groups={items} open={status === "open"} dismiss={dismissTipGroupAction} prefs={prefs} t={t} />
      <Pagination page={page} pages={pages} href={pageHref("/editor/tips", { status })} prefs={prefs} t={t} />
    </div>
  );
}
