import type { Metadata } from "next";
import { SitePageArticle } from "@/components/pages/site-page-article";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSitePage } from "@/lib/pages/site-pages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("reader.pages.correctionsPolicy") };
}

/** The newsroom's corrections-policy page, as an admin wrote it (/admin/pages). */
export default async function CorrectionsPolicyPage() {
  const [{ t, prefs }, page] = await Promise.all([getI18n(), getSitePage("corrections-policy")]);
  return <SitePageArticle title={t("reader.pages.correctionsPolicy")} page={page} prefs={prefs} t={t} />;
}
