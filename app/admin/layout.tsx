import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { getI18n } from "@/lib/i18n/request-preferences";

export const metadata: Metadata = { robots: { index: false } };

/** The admin's desk. Each page guards itself (requirePermission), so a layout never decides who gets in. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <div>
      <AdminNav
        label={t("admin.nav.label")}
        links={[
          { href: "/admin", label: t("admin.nav.overview") },
          { href: "/admin/sources", label: t("admin.nav.sources") },
          { href: "/admin/users", label: t("admin.nav.users") },
          { href: "/admin/verdicts", label: t("admin.nav.verdicts") },
          { href: "/admin/pages", label: t("admin.nav.pages") },
          { href: "/admin/settings", label: t("admin.nav.settings") },
          { href: "/admin/tokens", label: t("admin.nav.tokens") },
          { href: "/admin/webhooks", label: t("admin.nav.webhooks") },
          { href: "/admin/audit", label: t("admin.nav.audit") },
          { href: "/admin/export", label: t("admin.nav.export") },
        ]}
      />
      {children}
    </div>
  );
}
