import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/form-status";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import type { RestorePreview as Preview } from "@/lib/claims/get-restore-preview";
import { restoredPart, unpublishes } from "@/lib/claims/restore-scope";
import type { FormAction } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { claimStatusSchema } from "@/lib/validation/fields";
import type { ClaimStatus } from "@/lib/vocabulary";
import { CorrectionKindOptions } from "./correction-kind-options";
import { SnapshotChanges } from "./snapshot-changes";

/**
 * Asks before a restore, showing what it would change against the claim as
 * it is now: the content, which a restore always brings back, then the
 * status and the verdict, each behind a box of its own left unticked, with
 * what taking a published claim off the site means said beside it.
 */
export function RestorePreview({
  preview: { revision, current, stored, readable },
  when,
  steps,
  restore,
  t,
  prefs,
}: {
  preview: Preview;
  /** When the revision was made, as the history shows it. */
  when: string;
  /** The statuses the workflow lets this editor move the claim to. */
  steps: ClaimStatus[];
  restore: FormAction<ClaimSnapshot>;
  t: Translate;
  prefs: Preferences;
}) {
  const reader = { t, prefs };
  const changesOf = (part: "content" | "status" | "verdict") => diffSnapshots(current, restoredPart(current, stored, part), reader);
  const [content, statusChanges, verdict] = [changesOf("content"), changesOf("status"), changesOf("verdict")];
  const storedStatus = claimStatusSchema.safeParse(stored.status).data;
  const statusDiffers = storedStatus !== undefined && storedStatus !== current.status;
  const stepAllowed = storedStatus !== undefined && steps.includes(storedStatus);
  const statusName = (status: ClaimStatus) => t(`editor.status.${status}`);
  const history = `/editor/claims/${current.id}/history`;
  const nothingToRestore = content.length === 0 && !statusDiffers && verdict.length === 0;

  return (
    <div className="space-y-6" data-testid="restore-preview">
      <h1 className="text-2xl font-bold">{t("desk.restore.title", { when })}</h1>
      {revision.by && <p className="text-sm text-muted">{t("desk.restore.by", { who: revision.by })}</p>}
      {current.deletedAt ? (
        <p className="rounded border border-deny/40 bg-deny-soft p-3">{t("editor.claim.deletedReadOnly")}</p>
      ) : !readable ? (
        <p className="rounded border border-deny/40 bg-deny-soft p-3">{t("error.revisionUnreadable")}</p>
      ) : nothingToRestore ? (
        <p className="rounded border border-stone-200 bg-white p-3">{t("desk.restore.same")}</p>
      ) : (
        <ActionForm action={restore} className="space-y-6">
          <input type="hidden" name="revisionId" value={String(revision.id)} />
          <input type="hidden" name="version" value={current.version} />
          <p>{t("desk.restore.intro")}</p>
          <section aria-labelledby="restore-content" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="restore-content" className="mb-2 font-semibold">
              {t("desk.restore.content")}
            </h2>
            <SnapshotChanges changes={content} t={t} caption={t("desk.restore.content")} />
          </section>
          {statusDiffers && storedStatus && (
            <fieldset className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="restore-status">
              <legend className="sr-only">{t("editor.claim.status")}</legend>
              {stepAllowed ? (
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="restoreStatus" className="mt-1" />
                  <span>{t("desk.restore.alsoStatus", { status: statusName(storedStatus), current: statusName(current.status) })}</span>
                </label>
              ) : (
                <p>{t("desk.restore.statusNotAllowed", { from: statusName(current.status), to: statusName(storedStatus) })}</p>
              )}
              {stepAllowed && unpublishes(current.status, storedStatus) && (
                <p className="rounded border border-deny/40 bg-deny-soft p-2 text-deny" data-testid="unpublish-warning">
                  {t("desk.restore.unpublishWarning")}
                </p>
              )}
              <SnapshotChanges changes={statusChanges} t={t} caption={t("editor.claim.status")} />
            </fieldset>
          )}
          {verdict.length > 0 && (
            <fieldset className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="restore-verdict">
              <legend className="sr-only">{t("desk.restore.verdictChanges")}</legend>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="restoreVerdict" className="mt-1" />
                <span>{t("desk.restore.alsoVerdict")}</span>
              </label>
              <SnapshotChanges changes={verdict} t={t} caption={t("desk.restore.verdictChanges")} />
            </fieldset>
          )}
          {current.status === "published" && (
            <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4" data-testid="public-note">
              <legend className="px-1 font-semibold">{t("editor.publicNote.title")}</legend>
              <p className="text-sm">{t("desk.restore.publicNoteHint")}</p>
              <label className="block">
                <span className="mb-1 block">{t("editor.publicNote.kind")}</span>
                <select name="correctionKind" defaultValue="" className="w-full rounded border border-stone-300 bg-white px-3 py-2">
                  <CorrectionKindOptions t={t} />
                </select>
              </label>
              <label className="block">
                <span className="mb-1 block">{t("editor.publicNote.note")}</span>
                <textarea name="correctionNote" dir="auto" rows={2} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
              </label>
            </fieldset>
          )}
          <p className="text-sm text-muted">{t("desk.restore.keeps")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <SubmitButton label={t("desk.restore.confirm")} />
            <Link href={history}>{t("desk.restore.cancel")}</Link>
          </div>
        </ActionForm>
      )}
      {(current.deletedAt || !readable || nothingToRestore) && <Link href={history}>{t("desk.restore.cancel")}</Link>}
    </div>
  );
}
