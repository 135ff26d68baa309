import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimCard as ClaimCardData } from "@/lib/claims/public-claim";
import type { Translate } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Preferences } from "@/lib/i18n/preferences";
import { AttributionChain } from "./attribution-chain";
import { ClaimTime } from "./claim-time";
import { VerdictBadge } from "./verdict-badge";

/** A claim as readers meet it: who said it, when, the words, the verdict and where it came from. */
export function ClaimCard({
  claim,
  prefs,
  t,
  label,
  tone = "claim",
}: {
  claim: ClaimCardData;
  prefs: Preferences;
  t: Translate;
  /** A line above the card, e.g. "نُفي في اليوم نفسه". */
  label?: ReactNode;
  tone?: "claim" | "deny" | "confirm";
}) {
  const toneClass = { claim: "border-stone-200 bg-white", deny: "border-deny/40 bg-deny-soft", confirm: "border-confirm/40 bg-confirm-soft" }[tone];
  return (
    <article id={`claim-${claim.id}`} className={`scroll-mt-4 rounded-lg border p-4 shadow-sm ${toneClass}`} data-testid="claim-card">
      {label && <p className="mb-2 text-sm font-semibold">{label}</p>}
      <header className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">
          <Link href={`/sources/${encodeURIComponent(claim.claimant.slug)}`}>
            <bdi>{localizedName(claim.claimant, prefs.locale)}</bdi>
          </Link>
          {claim.claimant.affiliation && (
            <span className="text-sm font-normal text-muted">
              {" "}
              (<bdi>{localizedName(claim.claimant.affiliation, prefs.locale)}</bdi>)
            </span>
          )}
        </p>
        <p className="text-sm text-muted">
          <ClaimTime date={claim.saidAt} precision={claim.saidAtPrecision} prefs={prefs} />
        </p>
      </header>
      <blockquote lang={claim.language} dir="auto" className="my-3 border-s-4 border-accent/30 ps-3 text-lg">
        {claim.text}
      </blockquote>
      <footer className="flex flex-wrap items-center gap-3">
        {claim.verdict && <VerdictBadge verdict={claim.verdict} locale={prefs.locale} />}
        <Link href={`/claims/${claim.id}`} className="text-sm">
          {t("claim.permalink")}
        </Link>
      </footer>
      {claim.chains.map((chain) => (
        <AttributionChain key={chain[0]!.id} chain={chain} locale={prefs.locale} t={t} />
      ))}
    </article>
  );
}
