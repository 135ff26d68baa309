import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ForgetImportWork } from "@/components/import/forget-import-work";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatCount } from "@/lib/i18n/format-count";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getSavedImport } from "@/lib/import/get-saved-import";
import { excerpt } from "@/lib/text/excerpt";

export const metadata: Metadata = { robots: { index: false } };

/** Where a save lands: what the import created, each claim a link to its editor page to review and publish it. */
export default async function SavedImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("import.parse", `/editor/import/${id}`);
  const { t, prefs } = await getI18n();
  const saved = await getSavedImport(id);
  if (!saved) notFound();
  const counts = {
    claims: formatCount(t, prefs, "reader.count.claims", saved.claims.length),
    appearances: formatCount(t, prefs, "importer.count.appearances", saved.claims.reduce((sum, claim) => sum + claim.appearances, 0)),
    links: formatCount(t, prefs, "importer.count.links", saved.links),
    sources: formatCount(t, prefs, "importer.count.sources", saved.newSources.length),
    tags: formatCount(t, prefs, "importer.count.tags", saved.tags.length),
  };

  return (
    <div className="space-y-8">
      <ForgetImportWork />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">{t("importer.done.title")}</h1>
        <p role="status" className="rounded border border-confirm/40 bg-confirm-soft p-3 text-confirm" data-testid="import-saved">
          {t("importer.done.created", counts)}
        </p>
      </header>

      {saved.story && !saved.story.deletedAt && (
        <DoneSection id="import-story" title={t(saved.story.created ? "importer.done.storyNew" : "importer.done.storyExisting")}>
          <p className="flex flex-wrap items-baseline gap-3" data-testid="import-story">
            {/* The story's desk page, where a draft story is reviewed and published. */}
            <Link href={`/editor/stories/${saved.story.id}`} className="font-semibold">
              <bdi>{saved.story.title}</bdi>
            </Link>
            <span className="text-sm text-muted">{t(saved.story.status === "published" ? "editor.stories.published" : "editor.stories.draft")}</span>
            {saved.story.status === "published" && <Link href={`/stories/${encodeURIComponent(saved.story.slug)}`}>{t("importer.done.openStory")}</Link>}
          </p>
        </DoneSection>
      )}

      <DoneSection id="import-claims" title={t("importer.done.claims")}>
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {saved.claims.map((claim) => (
            <li key={claim.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-testid="import-claim">
              <span className="text-sm text-muted">{t(`importer.role.${claim.role}`)}</span>
              <Link href={`/editor/claims/${claim.id}`} className="font-semibold">
                <bdi>{claim.claimant.name}</bdi>: <bdi>{excerpt(claim.text, 90)}</bdi>
              </Link>
              <span className="text-sm text-muted" data-testid="import-claim-status">
                {t(`editor.status.${claim.status}`)}
              </span>
            </li>
          ))}
        </ul>
      </DoneSection>

      {saved.newSources.length > 0 && (
        <DoneSection id="import-sources" title={t("importer.done.sources")}>
          <ul className="list-inside list-disc">
            {saved.newSources.map((source) => (
              <li key={source.id}>
                <bdi>{source.name}</bdi> <span className="text-sm text-muted">({t(source.status === "proposed" ? "editor.source.proposed" : "importer.source.active")})</span>
              </li>
            ))}
          </ul>
        </DoneSection>
      )}

      {saved.tags.length > 0 && (
        <DoneSection id="import-tags" title={t("importer.done.tags")}>
          <ul className="flex flex-wrap gap-2">
            {saved.tags.map((tag) => (
              <li key={tag} className="rounded bg-stone-100 px-2 py-0.5">
                <bdi>{tag}</bdi>
              </li>
            ))}
          </ul>
        </DoneSection>
      )}

      <Link href="/editor/import" className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white no-underline">
        {t("importer.done.another")}
      </Link>
    </div>
  );
}

function DoneSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
