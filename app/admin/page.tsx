import type { Metadata } from "next";
import Link from "next/link";
import { getAdminOverview } from "@/lib/audit/admin-overview";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatNumber } from "@/lib/i18n/format-number";
import type { MessageKey } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { RevisionTable } from "@/components/admin/revision-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.title") };
}

export default async function AdminOverviewPage() {
  await requirePermission("audit.read", "/admin");
  const { t, prefs } = await getI18n();
  const overview = await getAdminOverview();
  const cards: { label: MessageKey; value: number; href: string }[] = [
    { label: "admin.overview.proposedSources", value: overview.proposedSources, href: "/admin/sources?status=proposed" },
    { label: "admin.overview.activeUsers", value: overview.activeUsers, href: "/admin/users" },
    { label: "admin.overview.activeTokens", value: overview.activeTokens, href: "/admin/tokens" },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <ul className="grid gap-3 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="block rounded border border-stone-200 bg-white p-4 no-underline hover:border-accent">
              <span className="block text-3xl font-bold">{formatNumber(card.value, prefs)}</span>
              <span className="text-ink">{t(card.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="overview-latest" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="overview-latest" className="text-lg font-semibold">
            {t("admin.overview.latest")}
          </h2>
          <Link href="/admin/audit">{t("admin.overview.allChanges")}</Link>
        </div>
        {overview.latest.length === 0 ? <p>{t("admin.audit.empty")}</p> : <RevisionTable revisions={overview.latest} t={t} prefs={prefs} />}
      </section>
    </div>
  );
}
