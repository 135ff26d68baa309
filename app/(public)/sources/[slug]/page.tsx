import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { TrackRecordList } from "@/components/claims/track-record-list";
import { LocalizedName, NEWSROOM_LANGUAGE, UserText } from "@/components/claims/user-text";
import { Timeline } from "@/components/timeline/timeline";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { sourcePath } from "@/lib/reader/paths";
import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema } from "@/lib/reader/timeline";
import { formatNumber } from "@/lib/i18n/format-number";
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
  return { title, description, alternates: { canonical: sourcePath(found.source.slug) }, openGraph: { title, description, siteName: t("app.name") } };
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
  // Beside the name shown, the other one when there are two: the stored (newsroom's) name in the English interface, the English one in the Arabic.
  const otherName = !source.nameEn ? null : prefs.locale === "en" ? { text: source.name, lang: NEWSROOM_LANGUAGE } : { text: source.nameEn, lang: "en" };
  const aliases = source.aliases.filter((alias) => alias !== source.name && alias !== source.nameEn);

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">
          <LocalizedName record={source} locale={prefs.locale} />
          {otherName && (
            <span className="ms-2 text-lg font-normal text-muted">
              (<UserText lang={otherName.lang}>{otherName.text}</UserText>)
            </span>
          )}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="source-profile">
          <dt className="text-muted">{t("reader.source.kind")}</dt>
          <dd>{t(`source.kind.${source.kind}`)}</dd>
          {aliases.length > 0 && (
            <>
              <dt className="text-muted">{t("reader.source.aliases")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {aliases.map((alias) => (
                    <li key={alias}>
                      <UserText>{alias}</UserText>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {source.affiliation && (
            <>
              <dt className="text-muted">{t("reader.source.affiliation")}</dt>
              <dd>
                <Link href={sourcePath(source.affiliation.slug)}>
                  <LocalizedName record={source.affiliation} locale={prefs.locale} />
                </Link>
              </dd>
            </>
          )}
          {source.affiliates.length > 0 && (
            <>
              <dt className="text-muted">{t("reader.source.affiliates")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {source.affiliates.map((affiliate) => (
                    <li key={affiliate.slug}>
                      <Link href={sourcePath(affiliate.slug)}>
                        <LocalizedName record={affiliate} locale={prefs.locale} />
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {source.country && (
            <>
              <dt className="text-muted">{t("reader.source.country")}</dt>
              <dd>
                <UserText>{source.country}</UserText>
              </dd>
            </>
          )}
          {source.url && (
            <>
              <dt className="text-muted">{t("reader.source.website")}</dt>
              <dd>
                <a href={source.url} rel="nofollow noopener noreferrer" target="_blank" dir="ltr">
                  {source.url}
                </a>
              </dd>
            </>
          )}
          <dt className="text-muted">{t("reader.source.credibility")}</dt>
          <dd data-testid="credibility">
            {source.credibility
              ? t("reader.source.credibilityValue", { value: formatNumber(source.credibility, prefs), max: formatNumber(5, prefs) })
              : t("reader.source.credibilityNone")}
            {source.credibility && source.credibilityReason && (
              <UserText as="p" className="text-muted">
                {source.credibilityReason}
              </UserText>
            )}
          </dd>
        </dl>
        {source.description && (
          <UserText as="p" className="text-muted">
            {source.description}
          </UserText>
        )}
      </header>

      <section aria-labelledby="track-record">
        <h2 id="track-record" className="mb-1 text-xl font-bold">
          {t("reader.track.title")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("reader.track.explain")}</p>
        <TrackRecordList record={record} prefs={prefs} t={t} />
      </section>

      <section aria-labelledby="source-claims">
        <h2 id="source-claims" className="mb-3 text-xl font-bold">
          {t("reader.source.claims")}
        </h2>
        {timeline.truncated && <p className="mb-3 text-sm text-muted">{t("reader.timeline.truncated")}</p>}
        <TimelineControls path={sourcePath(source.slug)} view={view} prefs={prefs} t={t} />
        <Timeline events={timeline.events} prefs={prefs} t={t} headingLevel={3} />
      </section>
    </article>
  );
}
