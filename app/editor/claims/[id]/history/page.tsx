import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/form-status";
import { requirePermission } from "@/lib/auth/require-permission";
import { getClaimHeading } from "@/lib/claims/get-claim-heading";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { listEntityRevisions } from "@/lib/revisions/list-entity-revisions";
import { revisionActionLabel } from "@/lib/revisions/revision-action-label";
import { excerpt } from "@/lib/text/excerpt";
import { restoreClaimRevisionAction } from "../../actions";
import { DescribedValue } from "@/components/editor/described-value";

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
              {changes.length === 0 ? (
                <p className="text-sm text-muted">{t("editor.history.noChanges")}</p>
              ) : (
                <table className="w-full table-fixed text-sm">
                  <caption className="sr-only">{t("editor.history.changes")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="w-32 p-1 text-start"></th>
                      <th scope="col" className="p-1 text-start">{t("editor.history.before")}</th>
                      <th scope="col" className="p-1 text-start">{t("editor.history.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.field} className="border-t border-stone-100 align-top">
                        <th scope="row" className="p-1 text-start text-xs">
                          {change.label}
                        </th>
                        {/* Lists (appearances, evidence, links) come one item a line; addresses wrap anywhere. */}
                        <td className="whitespace-pre-line bg-deny-soft/60 p-1 [overflow-wrap:anywhere]">
                          <DescribedValue value={change.before} />
                        </td>
                        <td className="whitespace-pre-line bg-confirm-soft/60 p-1 [overflow-wrap:anywhere]">
                          <DescribedValue value={change.after} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {index > 0 && revision.after !== null && !claim.deletedAt && (
                <ActionForm action={restoreClaimRevisionAction} className="mt-3">
                  <input type="hidden" name="revisionId" value={String(revision.id)} />
                  <input type="hidden" name="version" value={claim.version} />
                  <SubmitButton label={t("editor.history.restore")} className="rounded border border-accent px-3 py-1 text-sm text-accent" />
                </ActionForm>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
