import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDesk } from "@/components/editor/claim-desk";
import { EmbedCode } from "@/components/editor/embed-code";
import { claimGist } from "@/lib/reader/claim-card";
import { ClaimNotes } from "@/components/editor/claim-notes";
import { ClaimReviewPanel } from "@/components/editor/claim-review-panel";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { claimSave } from "@/components/editor/claim-saves";
import { actorUserId, may } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/require-permission";
import { nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { getDeskClaim } from "@/lib/claims/get-desk-claim";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listClaimNotes } from "@/lib/notes/list-claim-notes";
import { getClaimReview } from "@/lib/reviews/get-claim-review";
import { reviewBeforePublishing } from "@/lib/settings/desk-settings";
import {
  addClaimNoteAction,
  approveReviewAction,
  changeClaimStatusAction,
  deleteClaimAction,
  linkClaimsAction,
  proposeSourceAction,
  requestReviewAction,
  returnReviewAction,
  setVerdictAction,
  undeleteClaimAction,
  unlinkClaimsAction,
  updateClaimAction,
} from "../actions";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; draft?: string }> };

const actions = {
  update: updateClaimAction,
  changeStatus: changeClaimStatusAction,
  remove: deleteClaimAction,
  undelete: undeleteClaimAction,
  link: linkClaimsAction,
  unlink: unlinkClaimsAction,
  setVerdict: setVerdictAction,
  proposeSource: proposeSourceAction,
};

const reviewActions = { request: requestReviewAction, approve: approveReviewAction, sendBack: returnReviewAction };

/** The editor's page for one claim, whatever its status (components/editor/claim-desk.tsx). */
export default async function EditClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("claim.update", `/editor/claims/${id}`);
  const desk = await getDeskClaim(id);
  if (!desk) notFound();
  const [{ t, prefs }, { saved, draft }, form, reviewRequired, review, notes] = await Promise.all([
    getI18n(),
    searchParams,
    claimFormProps(actor, desk.claim.status),
    reviewBeforePublishing(),
    getClaimReview(id),
    listClaimNotes(id),
  ]);
  const { claim } = desk;
  const actorId = actorUserId(actor);
  const inReviewable = claim.status === "draft" || claim.status === "in_review";
  const isPublic = desk.claim.status === "published" && !desk.claim.deletedAt;
  return (
    <>
    <ClaimDesk
      desk={desk}
      form={form}
      steps={nextClaimStatuses(actor, claim.status, { reviewRequired })}
      review={
        inReviewable && may(actor, "review.request") ? (
          <ClaimReviewPanel claim={claim} review={review} required={reviewRequired} actorId={actorId} actions={reviewActions} t={t} prefs={prefs} />
        ) : null
      }
      notes={
        <ClaimNotes
          claimId={id}
          notes={notes}
          add={may(actor, "note.write") && actorId ? addClaimNoteAction : null}
          mentionExample={actor.kind === "user" ? `@${actor.email.slice(0, actor.email.indexOf("@"))}` : "@sara"}
          t={t}
          prefs={prefs}
        />
      }
      mayUndelete={may(actor, "claim.restore")}
      save={claimSave(saved)}
      draft={draft}
      actions={actions}
      t={t}
      prefs={prefs}
    />
    {isPublic && <EmbedCode target={{ kind: "claim", id: desk.claim.id }} title={claimGist(desk.claim, 100)} locale={prefs.locale} t={t} />}
    </>
  );
}
