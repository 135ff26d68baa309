import Link from "next/link";
import type { SourceKind, TimePrecision } from "@/lib/vocabulary";
import { sourcePath } from "@/lib/reader/paths";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { ClaimTime } from "./claim-time";
import { LocalizedName, UserText } from "./user-text";

type Hop = {
  id: string;
  url: string | null;
  title: string | null;
  quote: string | null;
  publishedAt: Date | null;
  publishedAtPrecision: TimePrecision;
  source: { slug: string; name: string; nameEn: string | null; kind: SourceKind };
};

/**
 * An attribution chain drawn as a chain of boxes, from where it was last
 * carried back to where it started, an arrow between each hop and the one it
 * cites: stacked on a phone, in a row on wider screens (where the arrow
 * points the way the row is read).
 */
export function AttributionChainDiagram({ chain, prefs, t }: { chain: Hop[]; prefs: Preferences; t: Translate }) {
  return (
    <ol className="flex flex-col items-stretch gap-1 sm:flex-row sm:flex-wrap" data-testid="chain-diagram">
      {chain.map((hop, index) => (
        <li key={hop.id} className="flex flex-col items-stretch gap-1 sm:flex-row">
          {index > 0 && (
            <span className="flex items-center justify-center gap-1 text-sm text-muted sm:flex-col sm:self-center" data-testid="chain-arrow">
              <span aria-hidden className="text-xl leading-none sm:hidden">
                ↓
              </span>
              <span aria-hidden className="hidden text-xl leading-none sm:inline">
                {t("reader.chain.arrow")}
              </span>
              <span>{t("claim.citing")}</span>
            </span>
          )}
          <div className="break-inside-avoid rounded-lg border-2 border-accent/40 bg-white p-3 sm:w-44" data-testid="chain-hop">
            <p className="font-semibold">
              <Link href={sourcePath(hop.source.slug)}>
                <LocalizedName record={hop.source} locale={prefs.locale} />
              </Link>
            </p>
            <p className="text-xs text-muted">{t(`source.kind.${hop.source.kind}`)}</p>
            {hop.title && (
              <UserText as="p" className="mt-1 text-sm" data-testid="chain-title">
                {hop.url ? (
                  <a href={hop.url} rel="nofollow noopener noreferrer" target="_blank">
                    {hop.title}
                  </a>
                ) : (
                  hop.title
                )}
              </UserText>
            )}
            {!hop.title && hop.url && (
              <p className="mt-1 text-sm">
                <a href={hop.url} rel="nofollow noopener noreferrer" target="_blank">
                  {t("reader.chain.openSource")}
                </a>
              </p>
            )}
            {hop.publishedAt && (
              <p className="mt-1 text-xs text-muted">
                <ClaimTime date={hop.publishedAt} precision={hop.publishedAtPrecision} prefs={prefs} />
              </p>
            )}
            {hop.quote && (
              <UserText as="blockquote" className="mt-2 border-s-2 border-stone-300 ps-2 text-sm">
                {hop.quote}
              </UserText>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
