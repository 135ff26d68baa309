import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimArticle } from "@/components/claims/claim-article";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { claimGist } from "@/lib/reader/claim-card";
import { claimReview } from "@/lib/reader/claim-review";
import { claimPath } from "@/lib/reader/paths";
import { oembedDiscoveryUrl } from "@/lib/embeds/oembed";
import { getI18n } from "@/lib/i18n/request-preferences";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

type Props = { params: Promise<{ id: string }> };

const loadClaim = cache(getPublicClaim);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n();
  const claim = await loadClaim((await params).id);
  if (!claim) return { title: t("error.notFoundTitle") };
  const title = stripControlCharacters(`${claim.claimant.name}: ${claimGist(claim, 90)}`);
  const description = stripControlCharacters(claimGist({ text: claim.text, summary: null }, 200));
  const url = claimPath(claim.id);
  return {
    title,
    description,
    alternates: { canonical: url, types: { "application/json+oembed": [{ url: oembedDiscoveryUrl(url), title }] } },
    openGraph: {
      type: "article",
      title,
      description,
      url,
      siteName: t("app.name"),
      locale: claim.language,
      publishedTime: claim.publishedAt?.toISOString(),
      modifiedTime: claim.updatedAt.toISOString(),
      tags: claim.tags.map((tag) => tag.name),
    },
    twitter: { card: "summary", title, description },
  };
}

export default async function ClaimPage({ params }: Props) {
  const { prefs, t } = await getI18n();
  const claim = await loadClaim((await params).id);
  if (!claim) notFound();
  return <ClaimArticle claim={claim} review={claimReview(claim)} prefs={prefs} t={t} />;
}
