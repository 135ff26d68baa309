import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimArticle } from "@/components/claims/claim-article";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { claimGist } from "@/lib/reader/claim-card";
import { claimReview } from "@/lib/reader/claim-review";
import { claimCardPath, claimPath } from "@/lib/reader/paths";
import { cardVersion, claimCardContent } from "@/components/share-cards/card-content";
import { CARD_HEIGHT, CARD_WIDTH } from "@/components/share-cards/share-card";
import { oembedDiscoveryUrl } from "@/lib/embeds/oembed";
import { getI18n } from "@/lib/i18n/request-preferences";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

type Props = { params: Promise<{ id: string }> };

const loadClaim = cache(getPublicClaim);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, prefs } = await getI18n();
  const claim = await loadClaim((await params).id);
  if (!claim) return { title: t("error.notFoundTitle") };
  const title = stripControlCharacters(`${claim.claimant.name}: ${claimGist(claim, 90)}`);
  const description = stripControlCharacters(claimGist({ text: claim.text, summary: null }, 200));
  const url = claimPath(claim.id);
  // The address changes with what the card shows, so social sites fetch the new one.
  const card = { url: `${claimCardPath(claim.id)}?lang=${prefs.locale}&v=${cardVersion(claimCardContent(claim, prefs.locale))}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: title };
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
      images: [card],
    },
    twitter: { card: "summary_large_image", title, description, images: [card] },
  };
}

export default async function ClaimPage({ params }: Props) {
  const { prefs, t } = await getI18n();
  const claim = await loadClaim((await params).id);
  if (!claim) notFound();
  return <ClaimArticle claim={claim} review={claimReview(claim)} prefs={prefs} t={t} />;
}
