import type { Metadata } from "next";
import { pickLabels } from "@/components/admin/labels";
import { SourceForm } from "@/components/sources/source-form";
import { SOURCE_FORM_LABELS } from "@/components/sources/source-labels";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { proposeSourceFormAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.propose.title") };
}

/** Where an editor proposes a source outside a claim form; an admin then reviews, rates and approves it. */
export default async function ProposeSourcePage() {
  await requirePermission("source.propose", "/editor/sources/new");
  const { t } = await getI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("admin.propose.title")}</h1>
      <p className="text-muted">{t("admin.propose.intro")}</p>
      <SourceForm
        action={proposeSourceFormAction}
        labels={pickLabels(t, SOURCE_FORM_LABELS)}
        withRating={false}
        submitLabel={t("admin.propose.submit")}
        successLabel={t("admin.propose.done")}
      />
    </div>
  );
}
