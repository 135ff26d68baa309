import type { Metadata } from "next";
import { ImportDesk } from "@/components/import/import-desk";
import { requirePermission } from "@/lib/auth/require-permission";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { parseImportAction, saveImportAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function ImportPage() {
  const actor = await requirePermission("import.parse", "/editor/import");
  const { t, prefs } = await getI18n();
  const { kindLabels } = await claimFormProps(actor);
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("importer.title")}</h1>
      <ImportDesk
        parse={parseImportAction}
        save={saveImportAction}
        messages={pickMessages(prefs.locale, ["importer.", "editor.", "link."])}
        kindLabels={kindLabels}
      />
    </div>
  );
}
