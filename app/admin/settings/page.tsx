import type { Metadata } from "next";
import { DeskSettingsForm } from "@/components/admin/desk-settings-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getDeskSettings } from "@/lib/settings/desk-settings";
import { updateDeskSettingsAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = "force-dynamic";

/** Where admins decide how the desk works: whether publishing takes a second editor's review. */
export default async function DeskSettingsAdmin() {
  await requirePermission("settings.write", "/admin/settings");
  const [{ t }, settings] = await Promise.all([getI18n(), getDeskSettings()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.settings.title")}</h1>
      <DeskSettingsForm
        action={updateDeskSettingsAction}
        settings={settings}
        labels={{
          review: t("admin.settings.review"),
          reviewHint: t("admin.settings.reviewHint"),
          save: t("admin.settings.save"),
          saved: t("admin.settings.saved"),
        }}
      />
    </div>
  );
}
