import type { Metadata } from "next";
import { VerdictLevelForm } from "@/components/editor/verdict-level-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listVerdictLevels } from "@/lib/verdicts/list-verdict-levels";
import { saveVerdictLevelAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** The newsroom's verdict scale: labels in both languages, ClaimReview rating, colour, order. */
export default async function VerdictScalePage() {
  await requirePermission("verdictScale.write", "/admin/verdicts");
  const { t, prefs } = await getI18n();
  const levels = await listVerdictLevels();
  const messages = pickMessages(prefs.locale, ["editor.verdictScale.", "editor.claim.saved"]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("editor.verdictScale.title")}</h1>
      <p className="text-muted">{t("editor.verdictScale.hint")}</p>
      {levels.map((level) => (
        <VerdictLevelForm key={`${level.id}-${level.position}-${level.labelAr}`} level={level} action={saveVerdictLevelAction} messages={messages} />
      ))}
      <VerdictLevelForm level={null} action={saveVerdictLevelAction} messages={messages} />
    </div>
  );
}
