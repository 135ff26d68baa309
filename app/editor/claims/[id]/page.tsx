import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDesk } from "@/components/editor/claim-desk";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { claimSave } from "@/components/editor/claim-saves";
import { may } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/require-permission";
import { nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { getDeskClaim } from "@/lib/claims/get-desk-claim";
import { getI18n } from "@/lib/i18n/request-preferences";
import { reviewBeforePublishing } from "@/lib/settings/desk-settings";
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

/** The editor's page for one claim, whatever its status (components/editor/claim-desk.tsx). */
export default async function EditClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("claim.update", `/editor/claims/${id}`);
  const desk = await getDeskClaim(id);
  if (!desk) notFound();
  const [{ t, prefs }, { saved, draft }, form, reviewRequired] = await Promise.all([
    getI18n(),
    searchParams,
    claimFormProps(actor, desk.claim.status),
    reviewBeforePublishing(),
  ]);
  return (
    <ClaimDesk
      desk={desk}
      form={form}
      steps={nextClaimStatuses(actor, desk.claim.status, { reviewRequired })}
      mayUndelete={may(actor, "claim.restore")}
      save={claimSave(saved)}
      draft={draft}
      actions={actions}
      t={t}
      prefs={prefs}
    />
  );
}
