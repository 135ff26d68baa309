import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getClaimHeading } from "@/lib/claims/get-claim-heading";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { listEntityRevisions } from "@/lib/revisions/list-entity-revisions";
import { revisionActionLabel } from "@/lib/revisions/revision-action-label";
import { excerpt } from "@/lib/text/excerpt";
import { SnapshotChanges } from "@/components/editor/snapshot-changes";

export const metadata: Metadata = { robots: { index: false } };

/** Who changed what and when, as a readable diff, with a way back to any earlier version. */
export default async function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("revision.read", `/editor/claims/${id}/history`);
  const { t, prefs } = await getI18n();
  const claim = await getClaimHeading(id, { includeDeleted: true });
  if (!claim) notFound();
  const revisions = await listEntityRevisions("claim", id);
  // When each revision was made: shown beside it, and how a restore names the version it brought back.
  const shownAt = new Map(revisions.map((revision) => [String(revision.id), formatClaimTime(revision.createdAt, "exact", prefs)]));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("editor.history.title")}</h1>
      <p>
        <Link href={`/editor/claims/${id}`}>
          <bdi>{excerpt(claim.text, 120)}</bdi>
        </Link>
      </p>
      {claim.deletedAt && <p className="rounded border border-deny/40 bg-deny-soft p-3">{t("editor.claim.deletedReadOnly")}</p>}
      <ol className="space-y-4">
        {revisions.map((revision, index) => {
          const changes = diffSnapshots(revision.before, revision.after, { t, prefs });
          const who = revision.actor?.name ?? revision.token?.name ?? t("editor.history.system");
          return (
            <li key={String(revision.id)} className="rounded border border-stone-200 bg-white p-4" data-testid="revision">
              <p className="mb-2 flex flex-wrap items-baseline gap-3">
                <span className="font-semibold" data-testid="revision-action" data-action={revision.action}>
                  {revisionActionLabel(revision.action, t, shownAt)}
                </span>
                <span className="text-sm text-muted">
                  <time dateTime={revision.createdAt.toISOString()}>{shownAt.get(String(revision.id))}</time> ·{" "}
                  {t("editor.history.by", { who })}
                </span>
              </p>
              <SnapshotChanges changes={changes} t={t} />
              {/* A restore first shows what it would change and asks (the preview page). */}
              {index > 0 && revision.after !== null && !claim.deletedAt && (
                <p className="mt-3">
                  <Link
                    href={`/editor/claims/${id}/history/${String(revision.id)}`}
                    className="inline-block rounded border border-accent px-3 py-1 text-sm text-accent"
                  >
                    {t("editor.history.restore")}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
