import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format-number";
import { getI18n } from "@/lib/i18n/request-preferences";
import { localizedTitle } from "@/lib/i18n/localized-name";
import { listPublishedStories } from "@/lib/stories/list-published-stories";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { prefs, t } = await getI18n();
  const stories = await listPublishedStories();
  return (
    <div>
      <p className="mb-6 text-lg text-muted">{t("app.tagline")}</p>
      <h1 className="mb-4 text-2xl font-bold">{t("home.stories")}</h1>
      {stories.length === 0 ? (
        <p>{t("home.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {stories.map((story) => (
            <li key={story.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="story-item">
              <h2 className="text-xl font-semibold">
                <Link href={`/stories/${encodeURIComponent(story.slug)}`}>
                  <bdi>{localizedTitle(story, prefs.locale)}</bdi>
                </Link>
              </h2>
              {story.summary && (
                <p dir="auto" className="mt-1 text-muted">
                  {story.summary}
                </p>
              )}
              <p className="mt-1 text-sm text-muted">{t("story.claimsCount", { count: formatNumber(story.claimCount, prefs) })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
