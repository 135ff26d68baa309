import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { pickLabels } from "@/components/admin/labels";
import { SourceForm } from "@/components/sources/source-form";
import { SOURCE_FORM_LABELS } from "@/components/sources/source-labels";
import { may } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { MessageKey } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSourceForAdmin } from "@/lib/sources/get-source-for-admin";
import { listAffiliationOptions } from "@/lib/sources/list-affiliation-options";
import { searchSources } from "@/lib/sources/search-sources";
import { AdminSection } from "../../admin-section";
import { updateSourceAction } from "../actions";
import { MergeIntoForm, UndoMergeForm } from "../merge-forms";
import { CredibilityBadge, ProposedBadge, sourceUsage } from "../source-badges";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED_MESSAGES: Record<string, MessageKey> = {
  created: "admin.sources.saved.created",
  updated: "admin.sources.saved.updated",
  approved: "admin.sources.saved.approved",
  merged: "admin.sources.saved.merged",
  unmerged: "admin.sources.saved.unmerged",
};

const pageParams = z.object({
  saved: z.string().optional().catch(undefined),
  mergeQuery: z.string().max(200).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata is rendered even when the page's guard redirects: the <title> would name a proposed source to anyone.
  if (!may(await getActor(), "source.write")) return {};
  const source = await getSourceForAdmin((await params).id);
  return { title: source?.name };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("source.write", `/admin/sources/${id}`);
  const source = await getSourceForAdmin(id);
  if (!source) notFound();
  const { t, prefs } = await getI18n();
  const { saved, mergeQuery } = pageParams.parse(await searchParams);
  const savedMessage = saved && SAVED_MESSAGES[saved];

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
          {t(savedMessage)}
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
              <UndoMergeForm duplicateSourceId={source.id} label={t("admin.sources.undoMerge")} />
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
              action={updateSourceAction}
              labels={pickLabels(t, SOURCE_FORM_LABELS)}
              affiliations={await listAffiliationOptions(source.id)}
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
                    <UndoMergeForm duplicateSourceId={duplicate.id} label={t("admin.sources.undoMergeOf", { name: duplicate.name })} />
                  </li>
                ))}
              </ul>
            </AdminSection>
          )}

          <MergeSection sourceId={source.id} query={mergeQuery} />
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
async function MergeSection({ sourceId, query }: { sourceId: string; query?: string }) {
  const { t, prefs } = await getI18n();
  const candidates = query ? (await searchSources({ query, excludeId: sourceId })).sources : [];
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
              <MergeIntoForm keptSourceId={candidate.id} duplicateSourceId={sourceId} label={t("admin.sources.mergeInto", { name: candidate.name })} />
            </li>
          ))}
        </ul>
      )}
    </AdminSection>
  );
}
