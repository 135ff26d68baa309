import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RestorePreview } from "@/components/editor/restore-preview";
import { requirePermission } from "@/lib/auth/require-permission";
import { nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { getRestorePreview } from "@/lib/claims/get-restore-preview";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { reviewBeforePublishing } from "@/lib/settings/desk-settings";
import { restoreClaimRevisionAction } from "../../../actions";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ id: string; revisionId: string }> };

/** What restoring one revision would change, and the question before it does. */
export default async function RestoreRevisionPage({ params }: Props) {
  const { id, revisionId } = await params;
  const actor = await requirePermission("revision.restore", `/editor/claims/${id}/history/${revisionId}`);
  const preview = await getRestorePreview(id, revisionId);
  if (!preview) notFound();
  const [{ t, prefs }, reviewRequired] = await Promise.all([getI18n(), reviewBeforePublishing()]);
  return (
    <RestorePreview
      preview={preview}
      when={formatClaimTime(preview.revision.createdAt, "exact", prefs)}
      steps={nextClaimStatuses(actor, preview.current.status, { reviewRequired })}
      restore={restoreClaimRevisionAction}
      t={t}
      prefs={prefs}
    />
  );
}
