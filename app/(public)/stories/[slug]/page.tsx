import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryTimeline } from "@/components/timeline/story-timeline";
import { getI18n } from "@/lib/i18n/request-preferences";
import { localizedName, localizedTitle } from "@/lib/i18n/localized-name";
import { getStoryTimeline } from "@/lib/stories/get-story-timeline";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { prefs, t } = await getI18n();
  const timeline = await getStoryTimeline(decodeURIComponent((await params).slug));
  if (!timeline) return { title: t("story.notFound") };
  return { title: localizedTitle(timeline.story, prefs.locale), description: timeline.story.summary ?? undefined };
}

export default async function StoryPage({ params }: Props) {
  const { prefs, t } = await getI18n();
  const timeline = await getStoryTimeline(decodeURIComponent((await params).slug));
  if (!timeline) notFound();
  const { story, events } = timeline;
  return (
    <article>
      <header className="mb-8">
        <h1 className="text-3xl font-bold leading-snug">
          <bdi>{localizedTitle(story, prefs.locale)}</bdi>
        </h1>
        {story.summary && (
          <p dir="auto" className="mt-2 text-muted">
            {story.summary}
          </p>
        )}
        <ul className="mt-3 flex flex-wrap gap-2 text-sm">
          {story.tags.map((tag) => (
            <li key={tag.slug} className="rounded-full bg-accent-soft px-3 py-0.5">
              <bdi>{localizedName(tag, prefs.locale)}</bdi>
            </li>
          ))}
        </ul>
      </header>
      <section aria-label={t("story.timeline")}>
        <StoryTimeline events={events} prefs={prefs} t={t} />
      </section>
    </article>
  );
}
