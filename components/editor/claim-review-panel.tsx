import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/form-status";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import type { FormAction } from "@/lib/http/form-state";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { ClaimReview } from "@/lib/reviews/get-claim-review";
import { ReviewDecisionForm } from "./review-decision-form";

export type ClaimReviewActions = {
  request: FormAction<ClaimSnapshot>;
  approve: FormAction<ClaimSnapshot>;
  sendBack: FormAction<ClaimSnapshot>;
};

/**
 * Review before publishing, on a claim's desk page: the author asks a
 * colleague (or anyone); the request waiting, and for anyone but its author,
 * the decision. Whether the author may decide is the domain's rule
 * (lib/reviews/decide-review.ts); this only spares them a refused button.
 */
export function ClaimReviewPanel({
  claim,
  review: { pending, reviewers },
  required,
  actorId,
  actions,
  t,
  prefs,
}: {
  claim: { id: string; version: number; status: ClaimSnapshot["status"] };
  review: ClaimReview;
  required: boolean;
  actorId: string | null;
  actions: ClaimReviewActions;
  t: Translate;
  prefs: Preferences;
}) {
  if (pending && claim.status === "in_review") {
    const when = formatClaimTime(pending.createdAt, "exact", prefs);
    const who = pending.requestedBy.name;
    return (
      <div className="space-y-3" data-testid="review-pending">
        <p>{pending.reviewer ? t("review.waitingFor", { who, reviewer: pending.reviewer.name, when }) : t("review.waiting", { who, when })}</p>
        {pending.requestedById === actorId ? (
          <p className="text-muted">{t("review.ownRequest")}</p>
        ) : (
          <ReviewDecisionForm
            approve={actions.approve}
            sendBack={actions.sendBack}
            review={{ id: pending.id, version: claim.version }}
            labels={{ note: t("review.decisionNote"), hint: t("review.decisionNoteHint"), approve: t("review.approve"), sendBack: t("review.return") }}
          />
        )}
      </div>
    );
  }
  if (claim.status !== "draft" && claim.status !== "in_review") return null;
  const others = reviewers.filter((reviewer) => reviewer.id !== actorId);
  return (
    <ActionForm action={actions.request} className="space-y-3" testId="review-request">
      <p className="text-muted">{t(required ? "review.required" : "review.optional")}</p>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={claim.version} />
      <SelectField
        label={t("review.reviewer")}
        name="reviewerId"
        options={[{ value: "", label: t("review.anyEditor") }, ...others.map((reviewer) => ({ value: reviewer.id, label: reviewer.name }))]}
      />
      <TextAreaField label={t("review.requestNote")} name="note" rows={3} />
      <SubmitButton label={t("review.request")} />
    </ActionForm>
  );
}
