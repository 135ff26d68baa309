import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/editor/claim-form";
import { snapshotToDraft, snapshotToVerdictDraft } from "@/components/editor/claim-draft";
import { LinkClaimForm } from "@/components/editor/link-claim-form";
import { VerdictForm } from "@/components/editor/verdict-form";
import { ActionForm } from "@/components/forms/action-form";
import { SavedNotice, SubmitButton } from "@/components/forms/form-status";
import { may } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/require-permission";
import { claimFormProps } from "@/app/editor/claims/claim-form-props";
import { nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { getDeskClaim } from "@/lib/claims/get-desk-claim";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import type { FormAction } from "@/lib/http/form-state";
import type { MessageKey } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { describeSnapshot } from "@/lib/revisions/diff-snapshots";
import { excerpt } from "@/lib/text/excerpt";
import { labelled, LINK_TYPES, type ClaimStatus } from "@/lib/vocabulary";
import {
  changeClaimStatusAction,
  deleteClaimAction,
  linkClaimsAction,
  proposeSourceAction,
  setVerdictAction,
  undeleteClaimAction,
  unlinkClaimsAction,
  updateClaimAction,
} from "../actions";
import { claimSave, type ClaimPageSection } from "../claim-saves";
import { DescribedValue } from "../described-value";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; draft?: string }> };

/** The workflow button that moves a claim to each status. */
const STEP_LABELS = {
  draft: "editor.claim.backToDraft",
  in_review: "editor.claim.sendToReview",
  published: "editor.claim.publish",
  archived: "editor.claim.archive",
} as const satisfies Record<ClaimStatus, MessageKey>;

/** How much of a linked claim's words its line in the links list shows. */
const LINKED_CLAIM_EXCERPT = 100;

/**
 * The editor's page for one claim: its workflow, answers, links, verdict and
 * the claim form itself; a deleted claim read-only, with (for admins) the
 * way back.
 */
export default async function EditClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("claim.update", `/editor/claims/${id}`);
  const { t, prefs } = await getI18n();
  const desk = await getDeskClaim(id);
  if (!desk) notFound();
  const { claim, incoming, outgoing, verdictLevels } = desk;
  const { saved, draft } = await searchParams;
  const props = await claimFormProps(actor, claim.status);
  const save = claimSave(saved);
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
            {may(actor, "claim.restore") && (
              <ClaimStepForm action={undeleteClaimAction} claim={claim} label={t("editor.claim.undelete")} />
            )}
          </div>
        )}
      </header>

      {editable ? (
        <>
          <ClaimSection id="workflow" title={t("editor.claim.workflow")} savedNoticeIn={savedNoticeIn}>
            <div className="flex flex-wrap gap-3">
              {nextClaimStatuses(actor, claim.status).map((status) => (
                <ClaimStepForm key={status} action={changeClaimStatusAction} claim={claim} label={t(STEP_LABELS[status])}>
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

          <ClaimSection id="claim-form" title={t("editor.claim.editTitle")} savedNoticeIn={savedNoticeIn}>
            <ClaimForm
              key={claim.version}
              mode="update"
              action={updateClaimAction}
              draftKey={`claim:${id}`}
              // A save told here replaced what the form holds (see CLAIM_SAVES): its browser draft is that work.
              clearDraftKey={draft ?? (save?.section === "claim-form" ? `claim:${id}` : undefined)}
              initial={snapshotToDraft(claim)}
              fixed={{ id, version: claim.version }}
              proposeSource={proposeSourceAction}
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
                <ActionForm action={unlinkClaimsAction}>
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
            action={linkClaimsAction}
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
              action={setVerdictAction}
              messages={props.messages}
              levels={verdictLevels.map((level) => ({ id: level.id, label: prefs.locale === "en" ? level.labelEn : level.labelAr }))}
              initial={snapshotToVerdictDraft(claim)}
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
                action={deleteClaimAction}
                claim={claim}
                label={t("editor.claim.deleteConfirm")}
                className="rounded bg-deny px-4 py-2 font-semibold text-white hover:bg-deny/90 disabled:opacity-60"
              />
            </div>
          </details>
        </>
      )}
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
