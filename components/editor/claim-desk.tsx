import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SavedNotice, SubmitButton } from "@/components/forms/form-status";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import type { DeskClaim } from "@/lib/claims/get-desk-claim";
import type { FormAction } from "@/lib/http/form-state";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { describeSnapshot } from "@/lib/revisions/diff-snapshots";
import { excerpt } from "@/lib/text/excerpt";
import { labelled, LINK_TYPES, type ClaimStatus } from "@/lib/vocabulary";
import { snapshotToDraft, snapshotToVerdictDraft } from "./claim-draft";
import { ClaimForm } from "./claim-form";
import type { ClaimFormProps } from "./claim-form-props";
import type { ClaimSave, ClaimPageSection } from "./claim-saves";
import { DescribedValue } from "./described-value";
import { LinkClaimForm } from "./link-claim-form";
import type { ProposeSource } from "./source-picker";
import { VerdictForm } from "./verdict-form";

/** The workflow button that moves a claim to each status. */
const STEP_LABELS = {
  draft: "editor.claim.backToDraft",
  in_review: "editor.claim.sendToReview",
  published: "editor.claim.publish",
  archived: "editor.claim.archive",
} as const satisfies Record<ClaimStatus, MessageKey>;

/** How much of a linked claim's words its line in the links list shows. */
const LINKED_CLAIM_EXCERPT = 100;

/** The server actions the desk's forms post to (app/editor/claims/actions.ts). */
export type ClaimDeskActions = {
  update: FormAction<ClaimSnapshot>;
  changeStatus: FormAction<ClaimSnapshot>;
  remove: FormAction<ClaimSnapshot>;
  undelete: FormAction<ClaimSnapshot>;
  link: FormAction<ClaimSnapshot>;
  unlink: FormAction<ClaimSnapshot>;
  setVerdict: FormAction<ClaimSnapshot>;
  proposeSource: ProposeSource;
};

/**
 * The editor's desk for one claim: its workflow, answers, links, verdict and
 * the claim form itself; a deleted claim read-only, with (for admins) the
 * way back. Each save is told in the section it was made in.
 */
export function ClaimDesk({
  desk: { claim, incoming, outgoing, verdictLevels },
  form: props,
  steps,
  review,
  notes,
  mayUndelete,
  save,
  draft,
  actions,
  t,
  prefs,
}: {
  desk: DeskClaim;
  form: ClaimFormProps;
  /** The statuses the workflow lets this editor move the claim to. */
  steps: ClaimStatus[];
  /** Review before publishing (claim-review-panel.tsx), while the claim is a draft or in review. */
  review: ReactNode;
  /** The desk's internal thread (claim-notes.tsx). */
  notes: ReactNode;
  mayUndelete: boolean;
  /** The save the page was told about (?saved=), if any. */
  save: ClaimSave | null;
  /** A browser draft the server has just saved, to forget (?draft=). */
  draft?: string;
  actions: ClaimDeskActions;
  t: Translate;
  prefs: Preferences;
}) {
  const id = claim.id;
  // The save's notice, in the section it was made in (see CLAIM_SAVES).
  const savedNoticeIn = (section: ClaimPageSection) =>
    save?.section === section && <SavedNotice message={t(save.notice, { status: t(`editor.status.${claim.status}`) })} />;

  // Writes to a deleted claim are refused until an admin undeletes it, so no form here would save.
  const editable = !claim.deletedAt;

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">{t("editor.claim.editTitle")}</h1>
        {savedNoticeIn("top")}
        <p className="flex flex-wrap gap-4 text-sm">
          <span data-testid="claim-status">{t(`editor.status.${claim.status}`)}</span>
          <Link href={`/editor/claims/${id}/history`}>{t("editor.claim.history")}</Link>
          {claim.status === "published" && editable && <Link href={`/claims/${id}`}>{t("editor.claim.view")}</Link>}
        </p>
        {!editable && (
          <div className="flex flex-wrap items-center gap-3 rounded border border-deny/40 bg-deny-soft p-3" data-testid="deleted-notice">
            <p>
              {t("editor.claim.deletedNotice")} {t("editor.claim.deletedReadOnly")}
            </p>
            {mayUndelete && (
              <ClaimStepForm action={actions.undelete} claim={claim} label={t("editor.claim.undelete")} />
            )}
          </div>
        )}
      </header>

      {editable ? (
        <>
          <ClaimSection id="workflow" title={t("editor.claim.workflow")} savedNoticeIn={savedNoticeIn}>
            <div className="flex flex-wrap gap-3">
              {steps.map((status) => (
                <ClaimStepForm key={status} action={actions.changeStatus} claim={claim} label={t(STEP_LABELS[status])}>
                  <input type="hidden" name="status" value={status} />
                </ClaimStepForm>
              ))}
              <Link href={`/editor/claims/${id}/answer?type=denies`} className="rounded border border-deny px-4 py-2 text-deny no-underline">
                {t("editor.answer.deny")}
              </Link>
              <Link href={`/editor/claims/${id}/answer?type=confirms`} className="rounded border border-confirm px-4 py-2 text-confirm no-underline">
                {t("editor.answer.confirm")}
              </Link>
            </div>
          </ClaimSection>

          {review && (
            <ClaimSection id="review" title={t("review.section")} savedNoticeIn={savedNoticeIn}>
              {review}
            </ClaimSection>
          )}

          <ClaimSection id="claim-form" title={t("editor.claim.editTitle")} savedNoticeIn={savedNoticeIn}>
            <ClaimForm
              key={claim.version}
              mode="update"
              action={actions.update}
              draftKey={`claim:${id}`}
              // A save told here replaced what the form holds (see CLAIM_SAVES): its browser draft is that work.
              clearDraftKey={draft ?? (save?.section === "claim-form" ? `claim:${id}` : undefined)}
              initial={snapshotToDraft(claim)}
              fixed={{ id, version: claim.version }}
              proposeSource={actions.proposeSource}
              {...props}
            />
          </ClaimSection>
        </>
      ) : (
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="deleted-claim">
          {describeSnapshot(claim, { t, prefs })
            // The links section below names the linked claims.
            .filter((field) => field.field !== "links")
            .map((field) => (
              <div key={field.field} className="contents">
                <dt className="font-semibold">{field.label}</dt>
                {/* Addresses and long words wrap anywhere: nothing may widen a phone's page. */}
                <dd className="min-w-0 whitespace-pre-line [overflow-wrap:anywhere]">
                  <DescribedValue value={field.value} />
                </dd>
              </div>
            ))}
        </dl>
      )}

      <ClaimSection id="links" title={t("editor.links.title")} savedNoticeIn={savedNoticeIn}>
        {outgoing.length + incoming.length === 0 && <p className="text-muted">{t("editor.links.none")}</p>}
        <ul className="space-y-2" data-testid="claim-links">
          {outgoing.map((link) => (
            <li key={`out-${link.type}-${link.toClaim.id}`} className="flex flex-wrap items-center gap-2">
              <span>
                {t("editor.links.outgoing")} {t(`link.${link.type}`)}:{" "}
                <Link href={`/editor/claims/${link.toClaim.id}`}>
                  <bdi>{link.toClaim.claimant.name}</bdi>: <bdi>{excerpt(link.toClaim.text, LINKED_CLAIM_EXCERPT)}</bdi>
                </Link>
                {link.toClaim.deletedAt && <span className="ms-2 rounded bg-deny-soft px-2 text-sm text-deny">{t("editor.links.targetDeleted")}</span>}
              </span>
              {editable && !link.toClaim.deletedAt && (
                <ActionForm action={actions.unlink}>
                  <input type="hidden" name="fromClaimId" value={id} />
                  <input type="hidden" name="toClaimId" value={link.toClaim.id} />
                  <input type="hidden" name="type" value={link.type} />
                  <SubmitButton label={t("editor.links.remove")} className="text-sm text-deny" />
                </ActionForm>
              )}
            </li>
          ))}
          {incoming.map((link) => (
            <li key={`in-${link.type}-${link.fromClaim.id}`}>
              {t(`linkIn.${link.type}`)}:{" "}
              <Link href={`/editor/claims/${link.fromClaim.id}`}>
                <bdi>{link.fromClaim.claimant.name}</bdi>: <bdi>{excerpt(link.fromClaim.text, LINKED_CLAIM_EXCERPT)}</bdi>
              </Link>
            </li>
          ))}
        </ul>
        {editable && (
          <LinkClaimForm
            claimId={id}
            action={actions.link}
            messages={props.messages}
            typeLabels={labelled(LINK_TYPES, (type) => t(`link.${type}`))}
          />
        )}
      </ClaimSection>

      {editable && (
        <>
          <ClaimSection id="verdict" title={t("editor.verdict.title")} savedNoticeIn={savedNoticeIn}>
            <VerdictForm
              claimId={id}
              version={claim.version}
              action={actions.setVerdict}
              messages={props.messages}
              levels={verdictLevels.map((level) => ({ id: level.id, label: prefs.locale === "en" ? level.labelEn : level.labelAr }))}
              initial={snapshotToVerdictDraft(claim)}
              published={claim.status === "published"}
            />
          </ClaimSection>

          {/* Deleting takes a second step: an editor cannot take it back (only an admin undeletes). */}
          <details className="group border-t border-stone-200 pt-6" data-testid="delete-claim">
            <summary className="inline-block cursor-pointer rounded border border-deny px-4 py-2 text-deny group-open:bg-deny-soft">
              {t("editor.claim.delete")}
            </summary>
            <div className="mt-3 space-y-3 rounded border border-deny/40 bg-deny-soft p-3">
              <p>{t("editor.claim.deleteQuestion")}</p>
              <ClaimStepForm
                action={actions.remove}
                claim={claim}
                label={t("editor.claim.deleteConfirm")}
                className="rounded bg-deny px-4 py-2 font-semibold text-white hover:bg-deny/90 disabled:opacity-60"
              />
            </div>
          </details>
        </>
      )}

      <ClaimSection id="notes" title={t("notes.title")} savedNoticeIn={savedNoticeIn}>
        {notes}
      </ClaimSection>
    </div>
  );
}

/** One of the page's headed sections, with the notice of a save made in it (the redirect's #fragment lands on its heading). */
function ClaimSection({
  id,
  title,
  savedNoticeIn,
  children,
}: {
  id: Exclude<ClaimPageSection, "top">;
  title: string;
  savedNoticeIn: (section: ClaimPageSection) => ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {savedNoticeIn(id)}
      {children}
    </section>
  );
}

/** A one-button form acting on the claim at the version this page shows (stale → 409, not an overwrite). */
function ClaimStepForm({
  action,
  claim,
  label,
  className,
  children,
}: {
  action: FormAction<ClaimSnapshot>;
  claim: { id: string; version: number };
  label: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <ActionForm action={action}>
      <input type="hidden" name="id" value={claim.id} />
      <input type="hidden" name="version" value={claim.version} />
      {children}
      <SubmitButton label={label} className={className} />
    </ActionForm>
  );
}
