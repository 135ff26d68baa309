import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TagList } from "@/components/claims/tag-list";
import { LocalizedTitle, UserText } from "@/components/claims/user-text";
import { Timeline } from "@/components/timeline/timeline";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { storyCardPath, storyFeedPath, storyPath } from "@/lib/reader/paths";
import { cardVersion, storyCardContent } from "@/components/share-cards/card-content";
import { CARD_HEIGHT, CARD_WIDTH } from "@/components/share-cards/share-card";
import { oembedDiscoveryUrl } from "@/lib/embeds/oembed";
import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema, type TimelineView } from "@/lib/reader/timeline";
import { formatCount } from "@/lib/i18n/format-count";
import { localizedTitle } from "@/lib/i18n/localized-name";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and page ask for the same view; one database round trip serves both.
const loadTimeline = cache((slug: string, order: TimelineView["order"], tag?: string, source?: string) =>
  getStoryTimeline(slug, { order, tag, source }),
);

async function load({ params, searchParams }: Props) {
  const slug = decodeSegment((await params).slug);
  const view = timelineViewSchema.parse(await searchParams);
  const timeline = slug === null ? null : await loadTimeline(slug, view.order, view.tag, view.source);
  return { view, timeline };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { prefs, t } = await getI18n();
  const { timeline } = await load(props);
  if (!timeline) return { title: t("story.notFound") };
  const title = stripControlCharacters(localizedTitle(timeline.story, prefs.locale));
  const description = timeline.story.summary ? stripControlCharacters(timeline.story.summary) : undefined;
  const version = cardVersion(storyCardContent(timeline, prefs.locale));
  const card = { url: `${storyCardPath(timeline.story.slug)}?lang=${prefs.locale}&v=${version}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: title };
  return {
    title,
    description,
    alternates: {
      canonical: storyPath(timeline.story.slug),
      types: {
        "application/atom+xml": [{ url: storyFeedPath(timeline.story.slug), title: t("reader.feeds.story", { title }) }],
        "application/json+oembed": [{ url: oembedDiscoveryUrl(storyPath(timeline.story.slug)), title }],
      },
    },
    openGraph: { type: "article", title, description, url: storyPath(timeline.story.slug), siteName: t("app.name"), images: [card] },
    twitter: { card: "summary_large_image", title, description, images: [card] },
  };
}

export default async function StoryPage(props: Props) {
  const { prefs, t } = await getI18n();
  const { view, timeline } = await load(props);
  if (!timeline) notFound();
  const { story, events, facets, claimCount, truncated } = timeline;
  return (
    <article>
      <header className="mb-6">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">
          <LocalizedTitle record={story} locale={prefs.locale} />
        </h1>
        {story.summary && (
          <UserText as="p" className="mt-2 text-muted" data-testid="story-summary">
            {story.summary}
          </UserText>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span className="text-muted">{formatCount(t, prefs, "reader.count.claims", claimCount)}</span>
          <TagList tags={story.tags} locale={prefs.locale} t={t} />
          <a href={storyFeedPath(story.slug)} type="application/atom+xml" className="text-muted">
            {t("reader.feeds.subscribe")}
          </a>
        </div>
      </header>
      <TimelineControls path={storyPath(story.slug)} view={view} facets={facets} prefs={prefs} t={t} />
      {truncated && <p className="mb-3 text-sm text-muted">{t("reader.timeline.truncated")}</p>}
      <section aria-label={t("story.timeline")}>
        <Timeline events={events} prefs={prefs} t={t} />
      </section>
    </article>
  );
}
