import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { formatCount } from "@/lib/i18n/format-count";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizedName } from "@/lib/i18n/localized-name";
import { getI18n } from "@/lib/i18n/request-preferences";
import { countProposedSources } from "@/lib/sources/get-source-for-admin";
import { searchSources, sourceListParams, type SourceStatusFilter } from "@/lib/sources/search-sources";
import { pageHref, Pagination } from "@/components/pagination";
import { CredibilityBadge, ProposedBadge, sourceUsage } from "@/components/admin/source-badges";
import { DeskPageHeading } from "@/components/forms/desk-page-heading";
import { ListSearch } from "@/components/forms/list-search";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.sources.title") };
}

const TABS: { status: SourceStatusFilter; label: "admin.sources.tabAll" | "admin.sources.tabProposed" | "admin.sources.tabActive" }[] = [
  { status: "all", label: "admin.sources.tabAll" },
  { status: "proposed", label: "admin.sources.tabProposed" },
  { status: "active", label: "admin.sources.tabActive" },
];

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  await requirePermission("source.write", pathWithQuery("/admin/sources", query));
  const { t, prefs } = await getI18n();
  const params = sourceListParams.parse(query);
  const [{ sources, total, page, pageCount }, proposedCount] = await Promise.all([
    searchSources({ query: params.q, status: params.status, page: params.page }),
    countProposedSources(),
  ]);
  const tabHref = (status: SourceStatusFilter) => `/admin/sources?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), status })}`;

  return (
    <div className="space-y-6">
      <DeskPageHeading title={t("admin.sources.title")} newHref="/admin/sources/new" newLabel={t("admin.sources.new")} />

      <nav aria-label={t("admin.sources.filterByStatus")} className="flex flex-wrap gap-2 text-sm">
        {TABS.map((tab) => (
          <Link
            key={tab.status}
            href={tabHref(tab.status)}
            aria-current={params.status === tab.status ? "page" : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
          >
            {t(tab.label)}
            {tab.status === "proposed" && proposedCount > 0 && ` (${formatNumber(proposedCount, prefs)})`}
          </Link>
        ))}
      </nav>

      <ListSearch action="/admin/sources" label={t("admin.sources.search")} submitLabel={t("admin.sources.searchSubmit")} query={params.q}>
        <input type="hidden" name="status" value={params.status} />
      </ListSearch>

      <p className="text-sm text-muted" role="status">
        {formatCount(t, prefs, "admin.sources.count", total)}
      </p>
      {sources.length === 0 ? (
        <p>{params.q ? t("admin.sources.noMatch") : t("admin.sources.empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="source-list">
          {sources.map((source) => (
            <li key={source.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-testid="source-row">
              <Link href={`/admin/sources/${source.id}`} className="font-semibold">
                <bdi>{source.name}</bdi>
              </Link>
              {source.nameEn && (
                <span dir="ltr" className="text-sm text-muted">
                  {source.nameEn}
                </span>
              )}
              <span className="text-sm text-muted">{t(`source.kind.${source.kind}`)}</span>
              {source.status === "proposed" && <ProposedBadge label={t("admin.sources.statusProposed")} />}
              <CredibilityBadge credibility={source.credibility} t={t} prefs={prefs} />
              {source.affiliation && (
                <span className="text-sm">
                  {t("admin.sources.speaksFor")} <bdi>{localizedName(source.affiliation, prefs.locale)}</bdi>
                </span>
              )}
              <span className="ms-auto text-sm text-muted">
                {sourceUsage(t, prefs, source._count)}
              </span>
              {source.aliases.length > 0 && (
                <p className="w-full text-sm text-muted">
                  {t("admin.sources.alsoKnownAs")} <bdi>{source.aliases.join("، ")}</bdi>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pageCount} href={pageHref("/admin/sources", { q: params.q, status: params.status })} t={t} prefs={prefs} />
    </div>
  );
}
