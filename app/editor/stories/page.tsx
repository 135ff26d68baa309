import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listDeskStories } from "@/lib/stories/list-desk-stories";
import { DeskPageHeading } from "@/components/forms/desk-page-heading";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditorStoriesPage() {
  await requirePermission("story.write", "/editor/stories");
  const { t } = await getI18n();
  const stories = await listDeskStories();
  return (
    <div className="space-y-6">
      <DeskPageHeading title={t("editor.stories.title")} newHref="/editor/stories/new" newLabel={t("editor.stories.new")} />
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
    </div>
  );
}
