import Link from "next/link";
import { getI18n } from "@/lib/i18n/request-preferences";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="py-12 text-center">
      <h1 className="mb-3 text-2xl font-bold">{t("error.notFoundTitle")}</h1>
      <Link href="/">{t("nav.home")}</Link>
    </div>
  );
}
