import { claimGist } from "@/lib/reader/claim-card";
import { newsroomName } from "@/lib/reader/claim-review";
import { listCorrections } from "@/lib/reader/list-corrections";
import { absoluteUrl, claimPath } from "@/lib/reader/paths";
import { localizedName } from "@/lib/i18n/localized-name";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { xmlText as xml } from "@/lib/text/xml";

// Read at request time: the feed follows the corrections made now.
export const dynamic = "force-dynamic";

const FEED_ENTRIES = 50;

/**
 * The latest public notes on published claims as an Atom 1.0 feed (RFC
 * 4287), in Arabic: each entry is one correction or update, linking to the
 * claim it was made on.
 */
export async function GET() {
  const locale = DEFAULT_PREFERENCES.locale;
  const { corrections } = await listCorrections({ pageSize: FEED_ENTRIES });
  const self = absoluteUrl("/corrections/feed.xml");
  const entries = corrections.map((correction) => {
    const url = absoluteUrl(claimPath(correction.claim.id));
    const claimant = localizedName(correction.claim.claimant, locale);
    const kind = translate(locale, `reader.correction.${correction.kind}`);
    return `  <entry>
    <id>urn:uuid:${correction.id}</id>
    <title>${xml(`${kind} — ${claimant}: ${claimGist(correction.claim, 100)}`)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${correction.createdAt.toISOString()}</updated>
    <category term="${correction.kind}"/>
    <content type="text">${xml(correction.note)}</content>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(self)}</id>
  <title>${xml(`${translate(locale, "reader.corrections.title")} — ${translate(locale, "app.name")}`)}</title>
  <updated>${(corrections[0]?.createdAt ?? new Date()).toISOString()}</updated>
  <author><name>${xml(newsroomName())}</name><uri>${xml(absoluteUrl("/"))}</uri></author>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(absoluteUrl("/corrections"))}"/>
${entries.join("\n")}
</feed>
`;
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
