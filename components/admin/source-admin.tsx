import Link from "next/link";
import type { FormAction } from "@/lib/http/form-state";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { SourceForAdmin } from "@/lib/sources/get-source-for-admin";
import type { mergeSources } from "@/lib/sources/merge-sources";
import type { SourceListEntry } from "@/lib/sources/search-sources";
import type { undoMerge } from "@/lib/sources/undo-merge";
import type { updateSource } from "@/lib/sources/update-source";
import type { ResultOf } from "@/lib/use-case";
import { SourceForm } from "@/components/sources/source-form";
import { SOURCE_FORM_LABELS } from "@/components/sources/source-labels";
import { AdminSection } from "./admin-section";
import { pickLabels } from "./labels";
import { MergeIntoForm, UndoMergeForm } from "./merge-forms";
import { CredibilityBadge, ProposedBadge, sourceUsage } from "./source-badges";

/** The server actions the source's admin page posts to (app/admin/sources/actions.ts). */
export type SourceAdminActions = {
  update: FormAction<ResultOf<typeof updateSource>>;
  merge: FormAction<ResultOf<typeof mergeSources>>;
  undoMerge: FormAction<ResultOf<typeof undoMerge>>;
};

/**
 * A source as the admin edits it: the profile and rating form, what was
 * merged into it (each undoable), and the search for the source it
 * duplicates; a merged source says where it went, with the way back.
 */
export function SourceAdmin({
  source,
  candidates,
  mergeQuery,
  savedMessage,
  actions,
  t,
  prefs,
}: {
  source: SourceForAdmin;
  /** Sources matching the merge search, when there is one. */
  candidates: SourceListEntry[];
  mergeQuery?: string;
  savedMessage?: string;
  actions: SourceAdminActions;
  t: Translate;
  prefs: Preferences;
}) {
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/sources">{t("admin.sources.backToList")}</Link>
        </p>
        <div className="flex flex-wrap items-baseline gap-3">
          <h1 className="text-2xl font-bold">
            <bdi>{source.name}</bdi>
          </h1>
          {source.nameEn && (
            <span dir="ltr" className="text-muted">
              {source.nameEn}
            </span>
          )}
          {source.status === "proposed" && !source.deletedAt && <ProposedBadge label={t("admin.sources.statusProposed")} />}
          <CredibilityBadge credibility={source.credibility} t={t} prefs={prefs} />
        </div>
        <p className="text-sm text-muted">
          {sourceUsage(t, prefs, source._count)}{" "}
          ·{" "}
          <Link href={`/admin/audit?entityType=source&entityId=${source.id}`} className="underline">
            {t("admin.sources.history")}
          </Link>
        </p>
      </header>

      {savedMessage && (
        <p role="status" className="rounded border border-confirm/40 bg-confirm-soft p-3 text-confirm" data-testid="saved-notice">
          {savedMessage}
        </p>
      )}

      {source.deletedAt ? (
        <section className="space-y-3 rounded border border-stone-300 bg-white p-4" data-testid="merged-notice">
          {source.mergedInto ? (
            <>
              <p>
                {t("admin.sources.mergedInto", { date: formatClaimTime(source.deletedAt, "day", prefs) })}{" "}
                <Link href={`/admin/sources/${source.mergedInto.id}`} className="underline">
                  <bdi>{source.mergedInto.name}</bdi>
                </Link>
              </p>
              <p className="text-sm text-muted">{t("admin.sources.undoMergeHint")}</p>
              <UndoMergeForm action={actions.undoMerge} duplicateSourceId={source.id} label={t("admin.sources.undoMerge")} />
            </>
          ) : (
            <p>{t("admin.sources.deleted")}</p>
          )}
        </section>
      ) : (
        <>
          {source.status === "proposed" && (
            <p className="rounded border border-amber-300 bg-amber-50 p-3">{t("admin.sources.proposedNotice")}</p>
          )}
          <AdminSection id="source-edit" title={t("admin.sources.edit")}>
            <SourceForm
              action={actions.update}
              labels={pickLabels(t, SOURCE_FORM_LABELS)}
              source={source}
              withRating
              canApprove={source.status === "proposed"}
              submitLabel={t("admin.sources.save")}
            />
          </AdminSection>

          {source.mergedFrom.length > 0 && (
            <AdminSection id="source-merged-from" title={t("admin.sources.mergedFrom")}>
              <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
                {source.mergedFrom.map((duplicate) => (
                  <li key={duplicate.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                    <Link href={`/admin/sources/${duplicate.id}`}>
                      <bdi>{duplicate.name}</bdi>
                    </Link>
                    <UndoMergeForm action={actions.undoMerge} duplicateSourceId={duplicate.id} label={t("admin.sources.undoMergeOf", { name: duplicate.name })} />
                  </li>
                ))}
              </ul>
            </AdminSection>
          )}

          <MergeSection sourceId={source.id} query={mergeQuery} candidates={candidates} actions={actions} t={t} prefs={prefs} />
        </>
      )}
    </div>
  );
}

const MERGE_SECTION = "source-merge";

/**
 * Finds the source this one duplicates and merges it there; the search is a
 * plain GET form, so it works without JavaScript. It lands back on this
 * section: on a phone the candidates are far below the top of the page.
 */
function MergeSection({
  sourceId,
  query,
  candidates,
  actions,
  t,
  prefs,
}: {
  sourceId: string;
  query?: string;
  candidates: SourceListEntry[];
  actions: SourceAdminActions;
  t: Translate;
  prefs: Preferences;
}) {
  return (
    <AdminSection id={MERGE_SECTION} title={t("admin.sources.mergeTitle")} className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <p className="text-sm text-muted">{t("admin.sources.mergeHint")}</p>
      <form method="get" action={`/admin/sources/${sourceId}#${MERGE_SECTION}`} role="search" className="flex flex-wrap items-end gap-2">
        <label className="grow">
          <span className="mb-1 block font-semibold">{t("admin.sources.mergeSearch")}</span>
          <input name="mergeQuery" type="search" dir="auto" defaultValue={query} className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
        </label>
        <button type="submit" className="rounded border border-accent px-4 py-2 font-semibold text-accent">
          {t("admin.sources.searchSubmit")}
        </button>
      </form>
      {query && candidates.length === 0 && <p>{t("admin.sources.noMatch")}</p>}
      {candidates.length > 0 && (
        <ul className="divide-y divide-stone-200" data-testid="merge-candidates">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <span>
                <Link href={`/admin/sources/${candidate.id}`} className="font-semibold">
                  <bdi>{candidate.name}</bdi>
                </Link>{" "}
                <span className="text-sm text-muted">
                  {sourceUsage(t, prefs, candidate._count)}
                </span>
              </span>
              <MergeIntoForm action={actions.merge} keptSourceId={candidate.id} duplicateSourceId={sourceId} label={t("admin.sources.mergeInto", { name: candidate.name })} />
            </li>
          ))}
        </ul>
      )}
    </AdminSection>
  );
}
