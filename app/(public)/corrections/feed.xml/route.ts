import { atomFeed, atomResponse, FEED_ENTRIES } from "@/lib/feeds/atom-feed";
import { claimGist } from "@/lib/reader/claim-card";
import { listCorrections } from "@/lib/reader/list-corrections";
import { absoluteUrl, claimPath } from "@/lib/reader/paths";
import { localizedName } from "@/lib/i18n/localized-name";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";

// Read at request time: the feed follows the corrections made now.
export const dynamic = "force-dynamic";

/**
 * The latest public notes on published claims as an Atom 1.0 feed: each
 * entry is one correction or update, linking to the claim it was made on.
 */
export async function GET() {
  const locale = DEFAULT_PREFERENCES.locale;
  const { corrections } = await listCorrections({ pageSize: FEED_ENTRIES });
  const entries = corrections.map((correction) => {
    const kind = translate(locale, `reader.correction.${correction.kind}`);
    return {
      id: `urn:uuid:${correction.id}`,
      url: absoluteUrl(claimPath(correction.claim.id)),
      title: `${kind} — ${localizedName(correction.claim.claimant, locale)}: ${claimGist(correction.claim, 100)}`,
      content: correction.note,
      updated: correction.createdAt,
      categories: [{ term: correction.kind, label: kind }],
    };
  });
  return atomResponse(atomFeed({ path: "/corrections/feed.xml", alternatePath: "/corrections", title: translate(locale, "reader.corrections.title"), entries }));
}
