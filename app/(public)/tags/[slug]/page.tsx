import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StoryLinks } from "@/components/claims/story-links";
import { LocalizedName } from "@/components/claims/user-text";
import { Timeline } from "@/components/timeline/timeline";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { tagFeedPath, tagPath } from "@/lib/reader/paths";
import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema, type TimelineOrder } from "@/lib/reader/timeline";
import { localizedName } from "@/lib/i18n/localized-name";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadTag = cache(async (segment: string, order: TimelineOrder) => {
  const slug = decodeSegment(segment);
  return slug === null ? null : getTagTimeline(slug, order);
});

async function load({ params, searchParams }: Props) {
  const view = { ...timelineViewSchema.parse(await searchParams), tag: undefined, source: undefined };
  return { view, page: await loadTag((await params).slug, view.order) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { prefs, t } = await getI18n();
  const { page } = await load(props);
  if (!page) return { title: t("error.notFoundTitle") };
  const title = stripControlCharacters(t("reader.tag.title", { name: localizedName(page.tag, prefs.locale) }));
  return {
    title,
    alternates: { canonical: tagPath(page.tag.slug), types: { "application/atom+xml": [{ url: tagFeedPath(page.tag.slug), title: t("reader.feeds.tag", { name: localizedName(page.tag, prefs.locale) }) }] } },
    openGraph: { title, siteName: t("app.name") },
  };
}

export default async function TagPage(props: Props) {
  const { prefs, t } = await getI18n();
  const { view, page } = await load(props);
  if (!page) notFound();
  const { tag, stories, events, truncated } = page;
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-muted">{t("reader.tag.kicker")}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <LocalizedName record={tag} locale={prefs.locale} />
        </h1>
      </header>
      {stories.length > 0 && (
        <section aria-labelledby="tag-stories">
          <h2 id="tag-stories" className="mb-3 text-xl font-bold">
            {t("reader.tag.stories")}
          </h2>
          <StoryLinks stories={stories} locale={prefs.locale} />
        </section>
      )}
      <section aria-labelledby="tag-claims">
        <h2 id="tag-claims" className="mb-3 text-xl font-bold">
          {t("reader.tag.claims")}
        </h2>
        {truncated && <p className="mb-3 text-sm text-muted">{t("reader.timeline.truncated")}</p>}
        <TimelineControls path={tagPath(tag.slug)} view={view} prefs={prefs} t={t} />
        <Timeline events={events} prefs={prefs} t={t} headingLevel={3} />
      </section>
    </article>
  );
}
