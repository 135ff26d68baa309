import type { Metadata } from "next";
import { TipForm } from "@/components/tips/tip-form";
import { getI18n } from "@/lib/i18n/request-preferences";
import { sendTipAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("reader.tips.title") };
}

/** The public "send us a claim to check" form: no account, no CAPTCHA. */
export default async function NewTipPage() {
  const { t } = await getI18n();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reader.tips.title")}</h1>
      <p>{t("reader.tips.intro")}</p>
      <TipForm
        action={sendTipAction}
        labels={{
          text: t("reader.tips.text"),
          textHint: t("reader.tips.textHint"),
          url: t("reader.tips.url"),
          website: t("reader.tips.website"),
          submit: t("reader.tips.submit"),
          privacy: t("reader.tips.privacy"),
        }}
      />
    </div>
  );
}
