import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { SourceProfile } from "@/components/sources/source-profile";
import { sourceFeedPath, sourcePath } from "@/lib/reader/paths";
import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema } from "@/lib/reader/timeline";
import { localizedName } from "@/lib/i18n/localized-name";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { getTrackRecord } from "@/lib/reader/track-record";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadSource = cache(async (segment: string) => {
  const slug = decodeSegment(segment);
  return slug === null ? null : getPublicSource(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { prefs, t } = await getI18n();
  const found = await loadSource((await params).slug);
  if (found?.kind !== "found") return { title: t("error.notFoundTitle") };
  const title = stripControlCharacters(localizedName(found.source, prefs.locale));
  const description = found.source.description ? stripControlCharacters(found.source.description) : undefined;
  return {
    title,
    description,
    alternates: {
      canonical: sourcePath(found.source.slug),
      types: { "application/atom+xml": [{ url: sourceFeedPath(found.source.slug), title: t("reader.feeds.source", { name: title }) }] },
    },
    openGraph: { title, description, siteName: t("app.name") },
  };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { prefs, t } = await getI18n();
  const found = await loadSource((await params).slug);
  if (!found) notFound();
  // A merged source's claims moved to the one it was merged into: so do its readers.
  if (found.kind === "merged") permanentRedirect(sourcePath(found.into));
  const { source } = found;
  const view = { ...timelineViewSchema.parse(await searchParams), tag: undefined, source: undefined };
  const [record, timeline] = await Promise.all([getTrackRecord(source.id), getSourceTimeline(source.id, view.order)]);
  return <SourceProfile source={source} record={record} timeline={timeline} view={view} prefs={prefs} t={t} />;
}
