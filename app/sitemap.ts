import type { MetadataRoute } from "next";
import { getPublicPages } from "@/lib/reader/get-public-pages";
import { absoluteUrl, claimPath, sourcePath, storyPath, tagPath } from "@/lib/reader/paths";

// Read at request time: the sitemap lists what is published now, not at build.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { stories, claims, sources, tags } = await getPublicPages();
  return [
    { url: absoluteUrl("/"), changeFrequency: "hourly", priority: 1 },
    ...stories.map((story) => ({ url: absoluteUrl(storyPath(story.slug)), lastModified: story.updatedAt, priority: 0.8 })),
    ...claims.map((claim) => ({ url: absoluteUrl(claimPath(claim.id)), lastModified: claim.updatedAt, priority: 0.6 })),
    ...sources.map((source) => ({ url: absoluteUrl(sourcePath(source.slug)), lastModified: source.updatedAt, priority: 0.5 })),
    ...tags.map((tag) => ({ url: absoluteUrl(tagPath(tag.slug)), lastModified: tag.updatedAt, priority: 0.4 })),
  ];
}
