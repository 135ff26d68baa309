import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimCard as ClaimCardData } from "@/lib/reader/claim-card";
import { claimPath, sourcePath } from "@/lib/reader/paths";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { HighlightedText } from "@/components/search/highlighted-text";
import { AttributionChain } from "./attribution-chain";
import { ClaimTime } from "./claim-time";
import { TagList } from "./tag-list";
import { LocalizedName, UserText } from "./user-text";
import { VerdictBadge } from "./verdict-badge";

/** How much of a long claim a search result shows, around what matched. */
const SEARCH_EXCERPT_LENGTH = 320;

/** A claim as readers meet it: who said it, when, the words, the verdict and where it came from. */
export function ClaimCard({
  claim,
  prefs,
  t,
  label,
  tone = "claim",
  deepLink = false,
  highlightWords,
}: {
  claim: ClaimCardData;
  prefs: Preferences;
  t: Translate;
  /** A line above the card, e.g. "نُفي في اليوم نفسه". */
  label?: ReactNode;
  tone?: "claim" | "deny" | "confirm";
  /** On a timeline: the time links to this card (#claim-…), to share the event itself. */
  deepLink?: boolean;
  /** A search's words: where they match (words, claimant, chain), they are marked, and long words are cut around the match. */
  highlightWords?: string;
}) {
  const toneClass = { claim: "border-stone-200 bg-white", deny: "border-deny/40 bg-deny-soft", confirm: "border-confirm/40 bg-confirm-soft" }[tone];
  const time = <ClaimTime date={claim.saidAt} precision={claim.saidAtPrecision} prefs={prefs} />;
  return (
    <article id={`claim-${claim.id}`} className={`scroll-mt-4 break-inside-avoid rounded-lg border p-3 shadow-sm sm:p-4 ${toneClass}`} data-testid="claim-card">
      {label && <div className="mb-2 text-sm font-semibold">{label}</div>}
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="font-semibold" data-testid="claimant">
          <Link href={sourcePath(claim.claimant.slug)}>
            <LocalizedName record={claim.claimant} locale={prefs.locale} highlightWords={highlightWords} />
          </Link>
          {claim.claimant.affiliation && (
            <span className="text-sm font-normal text-muted" data-testid="affiliation">
              {" "}
              (<LocalizedName record={claim.claimant.affiliation} locale={prefs.locale} />)
            </span>
          )}
        </p>
        <p className="text-sm text-muted" data-testid="claim-time">
          {deepLink ? (
            <a href={`#claim-${claim.id}`} className="text-muted">
              {time}
            </a>
          ) : (
            time
          )}
        </p>
      </header>
      <UserText as="blockquote" lang={claim.language} className="my-3 border-s-4 border-accent/30 ps-3 text-lg" data-testid="claim-text">
        <HighlightedText text={claim.text} words={highlightWords} maxLength={SEARCH_EXCERPT_LENGTH} />
      </UserText>
      <footer className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {claim.verdict && <VerdictBadge verdict={claim.verdict} locale={prefs.locale} />}
        <TagList tags={claim.tags} locale={prefs.locale} t={t} look="hash" />
        <Link href={claimPath(claim.id)} className="no-print text-sm">
          {t("claim.permalink")}
        </Link>
      </footer>
      {claim.chains.map((chain) => (
        <AttributionChain key={chain[0]!.id} chain={chain} locale={prefs.locale} t={t} highlightWords={highlightWords} />
      ))}
    </article>
  );
}
