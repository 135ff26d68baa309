import type { Metadata } from "next";
import Link from "next/link";
import { AUDITED_ENTITY_TYPES, auditFilters } from "@/lib/audit/audit-filters";
import { listAuditActors, listRevisions } from "@/lib/audit/list-revisions";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { formatCount } from "@/lib/i18n/format-count";
import { getI18n } from "@/lib/i18n/request-preferences";
import { pageHref, Pagination } from "@/components/pagination";
import { RevisionTable } from "@/components/admin/revision-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.audit.title") };
}

const controlClass = "w-full rounded border border-stone-300 bg-white px-3 py-2";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  await requirePermission("audit.read", pathWithQuery("/admin/audit", query));
  const { t, prefs } = await getI18n();
  const filters = auditFilters.parse(query);
  const [{ revisions, total, pageCount }, actors] = await Promise.all([listRevisions(filters), listAuditActors()]);
  const { page, ...kept } = filters;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.audit.title")}</h1>
      <form method="get" action="/admin/audit" className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("admin.audit.filters")}>
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <label>
          <span className="mb-1 block font-semibold">{t("admin.audit.who")}</span>
          <select name="actor" defaultValue={filters.actor ?? ""} className={controlClass}>
            <option value="">{t("admin.audit.anyone")}</option>
            <option value="system">{t("admin.audit.system")}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name} ({actor.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-semibold">{t("admin.audit.entityType")}</span>
          <select name="entityType" defaultValue={filters.entityType ?? ""} className={controlClass}>
            <option value="">{t("admin.audit.anyType")}</option>
            {AUDITED_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`admin.audit.entity.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-semibold">{t("admin.audit.from")}</span>
          <input type="date" name="from" dir="ltr" defaultValue={filters.from} className={controlClass} />
        </label>
        <label>
          <span className="mb-1 block font-semibold">{t("admin.audit.to")}</span>
          <input type="date" name="to" dir="ltr" defaultValue={filters.to} className={controlClass} />
        </label>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
            {t("admin.audit.apply")}
          </button>
          <Link href="/admin/audit">{t("admin.audit.clear")}</Link>
          {filters.entityId && <span className="text-sm text-muted">{t("admin.audit.oneRecord")}</span>}
        </div>
      </form>

      <p className="text-sm text-muted" role="status">
        {formatCount(t, prefs, "admin.audit.count", total)}
      </p>
      {revisions.length === 0 ? <p>{t("admin.audit.empty")}</p> : <RevisionTable revisions={revisions} t={t} prefs={prefs} />}
      <Pagination page={page} pages={pageCount} href={pageHref("/admin/audit", kept)} t={t} prefs={prefs} />
    </div>
  );
}
