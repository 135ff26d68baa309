import Link from "next/link";
import { TrackRecordList } from "@/components/claims/track-record-list";
import { LocalizedName, NEWSROOM_LANGUAGE, UserText } from "@/components/claims/user-text";
import { Timeline } from "@/components/timeline/timeline";
import { TimelineControls } from "@/components/timeline/timeline-controls";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { PublicSource } from "@/lib/reader/get-public-source";
import type { SourceTimeline } from "@/lib/reader/get-source-timeline";
import { sourcePath } from "@/lib/reader/paths";
import type { TimelineView } from "@/lib/reader/timeline";
import type { TrackRecord } from "@/lib/reader/track-record";

/** A source's public page: its profile, its track record, and the claims it made or carried as a timeline. */
export function SourceProfile({
  source,
  record,
  timeline,
  view,
  prefs,
  t,
}: {
  source: PublicSource;
  record: TrackRecord;
  timeline: SourceTimeline;
  view: TimelineView;
  prefs: Preferences;
  t: Translate;
}) {
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
