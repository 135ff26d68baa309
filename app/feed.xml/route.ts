import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { claimGist } from "@/lib/reader/claim-card";
import { newsroomName } from "@/lib/reader/claim-review";
import { absoluteUrl, claimPath } from "@/lib/reader/paths";
import { localizedName } from "@/lib/i18n/localized-name";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { xmlText } from "@/lib/text/xml";

// Read at request time: the feed follows what is published now.
export const dynamic = "force-dynamic";

const FEED_ENTRIES = 50;

const xml = xmlText;

/**
 * The latest published claims as an Atom 1.0 feed (RFC 4287), in Arabic:
 * feed readers send no preference cookies.
 */
export async function GET() {
  const locale = DEFAULT_PREFERENCES.locale;
  const claims = await getLatestClaims(FEED_ENTRIES);
  const updated = claims.reduce((latest, claim) => (claim.updatedAt > latest ? claim.updatedAt : latest), new Date(0));
  const entries = claims.map((claim) => {
    const url = absoluteUrl(claimPath(claim.id));
    const claimant = localizedName(claim.claimant, locale);
    return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(`${claimant}: ${claimGist(claim, 120)}`)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${claim.updatedAt.toISOString()}</updated>
    ${claim.publishedAt ? `<published>${claim.publishedAt.toISOString()}</published>` : ""}
    ${claim.tags.map((tag) => `<category term="${xml(tag.slug)}" label="${xml(tag.name)}"/>`).join("")}
    <summary>${xml(claimGist(claim, 280))}</summary>
    <content type="text" xml:lang="${xml(claim.language)}">${xml(claim.text)}</content>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(absoluteUrl("/feed.xml"))}</id>
  <title>${xml(translate(locale, "app.name"))}</title>
  <subtitle>${xml(translate(locale, "app.tagline"))}</subtitle>
  <updated>${(claims.length ? updated : new Date()).toISOString()}</updated>
  <author><name>${xml(newsroomName())}</name><uri>${xml(absoluteUrl("/"))}</uri></author>
  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl("/feed.xml"))}"/>
  <link rel="alternate" type="text/html" href="${xml(absoluteUrl("/"))}"/>
${entries.join("\n")}
</feed>
`;
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
