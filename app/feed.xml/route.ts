import { atomFeed, atomResponse, claimFeedEntries, FEED_ENTRIES } from "@/lib/feeds/atom-feed";
import { translate } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";

// Read at request time: the feed follows what is published now.
export const dynamic = "force-dynamic";

/** The latest published claims as an Atom 1.0 feed (RFC 4287). */
export async function GET() {
  const locale = DEFAULT_PREFERENCES.locale;
  const claims = await getLatestClaims(FEED_ENTRIES);
  return atomResponse(
    atomFeed({ path: "/feed.xml", alternatePath: "/", title: translate(locale, "reader.feeds.latest"), subtitle: translate(locale, "app.tagline"), entries: claimFeedEntries(claims) }),
  );
}
