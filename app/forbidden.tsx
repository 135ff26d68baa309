import Link from "next/link";
import { getI18n } from "@/lib/i18n/request-preferences";

export default async function Forbidden() {
  const { t } = await getI18n();
  return (
    <div className="py-12 text-center" data-testid="forbidden">
      <h1 className="mb-3 text-2xl font-bold">{t("error.forbiddenTitle")}</h1>
      <p className="mb-6">{t("error.forbiddenExplained")}</p>
      <Link href="/">{t("nav.home")}</Link>
    </div>
  );
}
