import type { Metadata } from "next";
import { SitePageArticle } from "@/components/pages/site-page-article";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSitePage } from "@/lib/pages/site-pages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("reader.pages.methodology") };
}

/** The newsroom's methodology page, as an admin wrote it (/admin/pages). */
export default async function MethodologyPage() {
  const [{ t, prefs }, page] = await Promise.all([getI18n(), getSitePage("methodology")]);
  return <SitePageArticle title={t("reader.pages.methodology")} page={page} prefs={prefs} t={t} />;
}
