import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/editor/claim-form";
import { emptyClaimDraft } from "@/components/editor/claim-draft";
import { requirePermission } from "@/lib/auth/require-permission";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { getClaimHeading } from "@/lib/claims/get-claim-heading";
import { getI18n } from "@/lib/i18n/request-preferences";
import { linkClaimsAction, proposeSourceAction, recordConfirmationAction, recordDenialAction } from "../../actions";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ type?: string }> };

/**
 * "Record a denial" (or confirmation): one form for the answering claim and
 * its link. The answer starts as a draft whatever the answered claim's
 * status: publishing it is the editor's choice, not a side effect of saving.
 */
export default async function AnswerClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const type = (await searchParams).type === "confirms" ? "confirms" : "denies";
  const actor = await requirePermission("claim.create", `/editor/claims/${id}/answer?type=${type}`);
  const { t } = await getI18n();
  const answered = await getClaimHeading(id, { includeDeleted: false });
  if (!answered) notFound();
  const props = await claimFormProps(actor);
  const draftKey = `claim:${id}:${type}`;
  const answeredPage = `/editor/claims/${id}`;
  return (
    <div>
      <p className="mb-3 text-sm">
        <Link href={answeredPage}>{t("editor.answer.back")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t(type === "denies" ? "editor.answer.denyTitle" : "editor.answer.confirmTitle")}</h1>
      <p className="mb-2 rounded border-s-4 border-accent/40 bg-white p-3" data-testid="answered-claim">
        {t("editor.answer.of", { text: "" })}
        <Link href={answeredPage}>
          <bdi className="font-semibold">{answered.claimant.name}</bdi>: <bdi>{answered.text}</bdi>
        </Link>
      </p>
      <p className="mb-6 text-sm text-muted">{t("editor.answer.draftHint")}</p>
      <ClaimForm
        mode="answer"
        action={type === "denies" ? recordDenialAction : recordConfirmationAction}
        draftKey={draftKey}
        initial={emptyClaimDraft()}
        fixed={{ answersClaimId: id }}
        proposeSource={proposeSourceAction}
        linkInstead={{ action: linkClaimsAction, toClaimId: id, type, draftKey }}
        {...props}
      />
    </div>
  );
}
