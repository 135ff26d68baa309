import Link from "next/link";
import { ClaimCard } from "@/components/claims/claim-card";
import { UserText } from "@/components/claims/user-text";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { TipStatusView } from "@/lib/tips/get-tip-status";

/** What a tipster sees of their tip: what they sent, where it stands, and the published checks it matches. */
export function TipStatus({ tip, prefs, t }: { tip: TipStatusView; prefs: Preferences; t: Translate }) {
  return (
    <div className="space-y-6">
      <section className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">{t("reader.tips.sent")}</h2>
        {tip.text && (
          <p className="whitespace-pre-line">
            <UserText>{tip.text}</UserText>
          </p>
        )}
        {tip.url && (
          <p dir="ltr" className="break-all">
            {tip.url}
          </p>
        )}
        <p className="text-sm text-muted">
          {t("reader.tips.sentAt")} {formatClaimTime(tip.createdAt, "exact", prefs)}
        </p>
        <p data-testid="tip-status">
          <span className="font-semibold">{t("reader.tips.status")}:</span> {t(`reader.tips.status.${tip.status}`)}
        </p>
        {tip.claimPath && (
          <p>
            <Link href={tip.claimPath}>{t("reader.tips.published")}</Link>
          </p>
        )}
      </section>
      <section className="space-y-3" data-testid="tip-matches">
        <h2 className="text-xl font-bold">{t("reader.tips.matchesTitle")}</h2>
        {tip.matches.length === 0 ? (
          <p>{t("reader.tips.noMatches")}</p>
        ) : (
          <>
            <p>{t("reader.tips.matchesIntro")}</p>
            {tip.matches.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} prefs={prefs} t={t} />
            ))}
          </>
        )}
      </section>
    </div>
  );
}
