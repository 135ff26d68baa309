// Where readers find each kind of record. One place, so that links, the
// feed, the sitemap and the JSON-LD all agree on the same addresses.

export const claimPath = (id: string) => `/claims/${id}`;
export const storyPath = (slug: string) => `/stories/${encodeURIComponent(slug)}`;
export const sourcePath = (slug: string) => `/sources/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`;
export const claimCardPath = (id: string) => `${claimPath(id)}/card.png`;
export const storyCardPath = (slug: string) => `${storyPath(slug)}/card.png`;
export const storyFeedPath = (slug: string) => `${storyPath(slug)}/feed.xml`;
export const sourceFeedPath = (slug: string) => `${sourcePath(slug)}/feed.xml`;
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`;

/** The public origin of the site (NEXTAUTH_URL, as the root layout's metadataBase). */
export function siteOrigin(): URL {
  return new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000");
}

/** An absolute URL for a path on this site: feeds, sitemaps and JSON-LD need them. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

/** Where a tipster follows their tip (private: the token is the only key to it). */
export const tipStatusPath = (trackingToken: string) => `/tips/${encodeURIComponent(trackingToken)}`;
