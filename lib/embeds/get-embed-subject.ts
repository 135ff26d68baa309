import { db } from "@/lib/db/client";
import type { EmbedTarget } from "./oembed";
import { localizedName, localizedTitle } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/preferences";
import { claimGist } from "@/lib/reader/claim-card";
import { absoluteUrl, sourcePath } from "@/lib/reader/paths";
import { publishedClaim, publishedStory } from "@/lib/reader/visibility";

/** What an oEmbed answer names: the published story or claim's title and who said it; null if readers cannot see it. */
export async function getEmbedSubject(target: EmbedTarget, locale: Locale) {
  if (target.kind === "story") {
    const story = await db().story.findFirst({ where: { slug: target.slug, ...publishedStory }, select: { title: true, titleEn: true } });
    return story && { title: localizedTitle(story, locale) };
  }
  const claim = await db().claim.findFirst({
    where: { id: target.id, ...publishedClaim },
    select: { text: true, summary: true, claimant: { select: { slug: true, name: true, nameEn: true } } },
  });
  if (!claim) return null;
  const author = localizedName(claim.claimant, locale);
  return { title: `${author}: ${claimGist(claim, 100)}`, author: { name: author, url: absoluteUrl(sourcePath(claim.claimant.slug)) } };
}
