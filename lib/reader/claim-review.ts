// schema.org ClaimReview for a claim with a published verdict: what search
// engines and fact-check aggregators read.
// https://schema.org/ClaimReview · https://developers.google.com/search/docs/appearance/structured-data/factcheck
import type { SourceKind } from "@/lib/vocabulary";
import { isoDate } from "@/lib/i18n/format-date";
import type { PublicClaim } from "./get-public-claim";
import { absoluteUrl, claimPath } from "./paths";

/** The newsroom that publishes the verdicts (ISNAD_NEWSROOM_NAME). */
export const newsroomName = () => process.env.ISNAD_NEWSROOM_NAME || "إسناد";

// People (and groups of unnamed people) are Persons; everyone else speaks as an organization.
const schemaType = (kind: SourceKind) => (kind === "person" || kind === "anonymous" ? "Person" : "Organization");

type Party = { name: string; kind: SourceKind };
const party = (source: Party) => ({ "@type": schemaType(source.kind), name: source.name });

type Appearance = PublicClaim["appearances"][number];

function creativeWork(appearance: Appearance) {
  return {
    "@type": "CreativeWork",
    ...(appearance.url && { url: appearance.url }),
    ...(appearance.title && { headline: appearance.title }),
    ...(appearance.publishedAt && { datePublished: isoDate(appearance.publishedAt, appearance.publishedAtPrecision) }),
    publisher: party(appearance.source),
  };
}

// Outlets and agencies publish what they carry; anyone else (the unnamed
// people a report cites, an official speaking to journalists) appears in print
// only through them, unless the hop points at something one can read.
type Hop = { url: string | null; title: string | null; publishedAt: Date | null; source: { kind: SourceKind } };
const isPublication = (hop: Hop) => hop.source.kind === "outlet" || hop.source.kind === "agency" || Boolean(hop.url || hop.title);

/**
 * Where the claim was first published: in each attribution chain, the hop
 * nearest its origin that is a publication (Bloomberg's report, not the two
 * people it cites, who stay the claim's author); the earliest of those if
 * there are several chains. None when no hop was published.
 */
export function firstPublishedAppearance<A extends Hop>(chains: A[][]): A | undefined {
  // Chains run from the last carrier back to the origin, so the origin's end is searched first.
  const published = chains.flatMap((chain) => chain.findLast(isPublication) ?? []);
  const when = (appearance: A) => appearance.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return published.reduce<A | undefined>((earliest, appearance) => (!earliest || when(appearance) < when(earliest) ? appearance : earliest), undefined);
}

/** The ClaimReview of a claim, or null while it has no verdict. */
export function claimReview(claim: PublicClaim) {
  if (!claim.verdict || !claim.verdictAt) return null;
  const firstAppearance = firstPublishedAppearance(claim.chains);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absoluteUrl(claimPath(claim.id)),
    claimReviewed: claim.text,
    inLanguage: claim.language,
    datePublished: claim.verdictAt.toISOString(),
    author: { "@type": "Organization", name: newsroomName(), url: absoluteUrl("/") },
    reviewRating: {
      "@type": "Rating",
      ratingValue: claim.verdict.ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: claim.language === "ar" ? claim.verdict.labelAr : claim.verdict.labelEn,
    },
    itemReviewed: {
      "@type": "Claim",
      author: party(claim.claimant),
      datePublished: isoDate(claim.saidAt, claim.saidAtPrecision),
      appearance: claim.appearances.map(creativeWork),
      ...(firstAppearance && { firstAppearance: creativeWork(firstAppearance) }),
    },
  };
}

/**
 * JSON for an inline <script>: "<" (and ">" and "&") escaped, so no text in
 * a claim can close the script element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
