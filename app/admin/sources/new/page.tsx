import type { Metadata } from "next";
import { pickLabels } from "@/components/admin/labels";
import { SourceForm } from "@/components/sources/source-form";
import { SOURCE_FORM_LABELS } from "@/components/sources/source-labels";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { createSourceAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.sources.new") };
}

export default async function NewSourcePage() {
  await requirePermission("source.write", "/admin/sources/new");
  const { t } = await getI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.sources.new")}</h1>
      <SourceForm
        action={createSourceAction}
        labels={pickLabels(t, SOURCE_FORM_LABELS)}
        withRating
        submitLabel={t("admin.sources.create")}
      />
    </div>
  );
}
