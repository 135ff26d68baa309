import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/form-status";
import { ClaimCard } from "@/components/claims/claim-card";
import { UserText } from "@/components/claims/user-text";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { FormAction } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { dismissTipGroup } from "@/lib/tips/dismiss-tip-group";
import type { TipGroup } from "@/lib/tips/list-tip-groups";
import type { ResultOf } from "@/lib/use-case";

/**
 * The desk's tip queue: each group of tips about one claim, its latest tips,
 * the published fact-checks it matches, and (while open) the two things an
 * editor does with it: turn it into a claim, or set it aside.
 */
export function TipQueue({ groups, open, dismiss, prefs, t }: { groups: TipGroup[]; open: boolean; dismiss: FormAction<ResultOf<typeof dismissTipGroup>>; prefs: Preferences; t: Translate }) {
  if (groups.length === 0) return <p>{t("editor.tips.none")}</p>;
  return (
    <ol className="space-y-4">
      {groups.map((group) => (
        <li key={group.groupId} id={`tip-${group.groupId}`} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="tip-group">
          <p className="text-sm text-muted">
            {t("editor.tips.count", { count: group.tipCount })} · {t("editor.tips.lastAt")} {formatClaimTime(group.lastAt, "exact", prefs)}
          </p>
          <ul className="space-y-2">
            {group.items.map((tip) => (
              <li key={tip.id} id={`tip-${tip.id}`} className="border-s-2 border-stone-200 ps-3">
                {tip.text && (
                  <p className="whitespace-pre-line">
                    <UserText>{tip.text}</UserText>
                  </p>
                )}
                {tip.url && (
                  <p dir="ltr" className="break-all text-sm">
                    <a href={tip.url} rel="noopener noreferrer nofollow" target="_blank">
                      {tip.url}
                    </a>
                  </p>
                )}
                <p className="text-xs text-muted">
                  {t(`editor.tips.channel.${tip.channel}`)} · {formatClaimTime(tip.createdAt, "exact", prefs)}
                  {tip.claimId && (
                    <>
                      {" · "}
                      <Link href={`/editor/claims/${tip.claimId}`}>{t("editor.tips.claim")}</Link>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <section className="space-y-2">
            <h2 className="font-semibold">{t("editor.tips.matches")}</h2>
            {group.matches.length === 0 ? (
              <p className="text-sm text-muted">{t("editor.tips.noMatches")}</p>
            ) : (
              group.matches.map((claim) => <ClaimCard key={claim.id} claim={claim} prefs={prefs} t={t} />)
            )}
          </section>
          {open && (
            <div className="flex flex-wrap items-center gap-4">
              <Link href={`/editor/claims/new?tip=${group.groupId}`} className="rounded bg-accent px-4 py-2 font-semibold text-white no-underline">
                {t("editor.tips.convert")}
              </Link>
              <ActionForm action={dismiss}>
                <input type="hidden" name="groupId" value={group.groupId} />
                <SubmitButton label={t("editor.tips.dismiss")} className="rounded border border-stone-300 px-4 py-2" />
              </ActionForm>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
