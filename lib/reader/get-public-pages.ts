import { db } from "@/lib/db/client";
import { publishedClaim, publishedStory, visibleSource } from "./visibility";

/**
 * Every page a reader can reach, with when it last changed: published
 * stories and claims, visible sources that are not merged away, and tags
 * that published claims carry. Slugs and dates only.
 */
export async function getPublicPages() {
  const [stories, claims, sources, tags] = await Promise.all([
    db().story.findMany({ where: publishedStory, select: { slug: true, updatedAt: true }, orderBy: { updatedAt: "desc" } }),
    db().claim.findMany({ where: publishedClaim, select: { id: true, updatedAt: true }, orderBy: { updatedAt: "desc" } }),
    db().source.findMany({ where: { ...visibleSource, mergedIntoId: null }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db().tag.findMany({ where: { claims: { some: { claim: publishedClaim } } }, select: { slug: true, createdAt: true }, orderBy: { slug: "asc" } }),
  ]);
  // A tag keeps no record of its changes; when it was made is what a sitemap can say of it.
  return { stories, claims, sources, tags: tags.map(({ slug, createdAt }) => ({ slug, updatedAt: createdAt })) };
}
