import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/request-preferences";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditorStoriesPage() {
  await requirePermission("story.write", "/editor/stories");
  const { t } = await getI18n();
  const stories = await db().story.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { claims: true } } },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("editor.stories.title")}</h1>
        <Link href="/editor/stories/new" className="rounded bg-accent px-4 py-2 font-semibold text-white no-underline">
          {t("editor.stories.new")}
        </Link>
      </div>
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
