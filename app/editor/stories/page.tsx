import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { formatCount } from "@/lib/i18n/format-count";
import { getI18n } from "@/lib/i18n/request-preferences";
import { deskStoryParams, listDeskStories } from "@/lib/stories/list-desk-stories";
import { DeskPageHeading } from "@/components/forms/desk-page-heading";
import { ListSearch } from "@/components/forms/list-search";
import { pageHref, Pagination } from "@/components/pagination";

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every story the desk works on, a page at a time, searchable by title. */
export default async function EditorStoriesPage({ searchParams }: Props) {
  const query = await searchParams;
  await requirePermission("story.write", pathWithQuery("/editor/stories", query));
  const { t, prefs } = await getI18n();
  const params = deskStoryParams.parse(query);
  const { stories, total, page, pages } = await listDeskStories({ query: params.q, page: params.page });
  return (
    <div className="space-y-6">
      <DeskPageHeading title={t("editor.stories.title")} newHref="/editor/stories/new" newLabel={t("editor.stories.new")} />
      <ListSearch action="/editor/stories" label={t("desk.stories.search")} submitLabel={t("desk.stories.searchButton")} query={params.q} />
      <p className="text-sm text-muted" role="status">
        {formatCount(t, prefs, "desk.stories.count", total)}
      </p>
      {stories.length === 0 && params.q ? (
        <p>{t("desk.stories.none")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {stories.map((story) => (
            <li key={story.id} className="flex flex-wrap items-baseline gap-3 p-3" data-testid="editor-story">
              <bdi className="font-semibold">{story.title}</bdi>
              <span className="text-sm text-muted">
                {t(story.status === "published" ? "editor.stories.published" : "editor.stories.draft")} · {story._count.claims}
              </span>
              <Link href={`/editor/stories/${story.id}`}>{t("editor.stories.edit")}</Link>
              <Link href={`/editor/claims/new?story=${story.id}`}>{t("editor.nav.newClaim")}</Link>
              <Link href={`/stories/${encodeURIComponent(story.slug)}`}>{t("editor.stories.open")}</Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} href={pageHref("/editor/stories", { q: params.q || undefined })} prefs={prefs} t={t} />
    </div>
  );
}
