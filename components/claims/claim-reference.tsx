import type { LinkType } from "@/lib/vocabulary";
import { claimGist, type LinkedClaim } from "@/lib/reader/claim-card";
import { formatGap } from "@/lib/i18n/format-gap";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { TimePrecision } from "@/lib/vocabulary";
import { ClaimTime } from "./claim-time";
import { LocalizedName, UserText } from "./user-text";

type Timed = { saidAt: Date; saidAtPrecision: TimePrecision };
const claimTime = (claim: Timed) => ({ date: claim.saidAt, precision: claim.saidAtPrecision });

/**
 * Another claim in one line, and how this one relates to it: "نفاه دميتري
 * بيسكوف · 26 يناير 2024 · في اليوم نفسه — لا، هذا تقرير خاطئ…" or
 * "ينفي: شخصان مقربان من الكرملين · … ". `direction` says who acts: "in"
 * when the other claim acts on this one, "out" when this one acts on it.
 */
export function ClaimReference({
  type,
  direction,
  other,
  self,
  href,
  prefs,
  t,
}: {
  type: LinkType;
  direction: "in" | "out";
  other: LinkedClaim;
  self: Timed;
  href: string;
  prefs: Preferences;
  t: Translate;
}) {
  // The gap always runs from the earlier claim in the relation to the later one.
  const gap = direction === "in" ? formatGap(claimTime(self), claimTime(other), prefs) : formatGap(claimTime(other), claimTime(self), prefs);
  return (
    <span className="block" data-testid={`link-${direction}-${type}`}>
      <span className="font-semibold">{t(`reader.link.${direction}.${type}`)}</span>{" "}
      <a href={href}>
        <LocalizedName record={other.claimant} locale={prefs.locale} />
      </a>
      <span className="text-muted">
        {" · "}
        <ClaimTime date={other.saidAt} precision={other.saidAtPrecision} prefs={prefs} />
        {" · "}
        {gap}
      </span>
      <UserText as="span" lang={other.language} className="mt-0.5 block font-normal text-muted">
        {claimGist(other)}
      </UserText>
    </span>
  );
}
