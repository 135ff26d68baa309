import type { Metadata } from "next";
import { SitePageForm } from "@/components/admin/site-page-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSitePage } from "@/lib/pages/site-pages";
import { saveSitePageAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = "force-dynamic";

/** Where admins write the methodology and the corrections policy readers see. */
export default async function SitePagesAdmin() {
  await requirePermission("page.write", "/admin/pages");
  const [{ t }, methodology, policy] = await Promise.all([getI18n(), getSitePage("methodology"), getSitePage("corrections-policy")]);
  const labels = (title: string) => ({ title, bodyAr: t("admin.pages.bodyAr"), bodyEn: t("admin.pages.bodyEn"), save: t("admin.pages.save"), saved: t("admin.pages.saved") });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.pages.title")}</h1>
      <p className="text-muted">{t("admin.pages.hint")}</p>
      <SitePageForm action={saveSitePageAction} page={methodology} labels={labels(t("reader.pages.methodology"))} />
      <SitePageForm action={saveSitePageAction} page={policy} labels={labels(t("reader.pages.correctionsPolicy"))} />
    </div>
  );
}
