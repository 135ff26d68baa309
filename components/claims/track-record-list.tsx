import { formatNumber } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { TrackRecord } from "@/lib/reader/track-record";

const FIGURES = ["claimsMade", "claimsCarried", "claimsDenied", "denialsIssued", "denialsContradicted", "ratedFalse", "carriedRatedFalse", "ratedTrue"] as const satisfies (keyof TrackRecord)[];

/** A source's track record as a grid of figures, each with what it counts. */
export function TrackRecordList({ record, prefs, t }: { record: TrackRecord; prefs: Preferences; t: Translate }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="track-record">
      {FIGURES.map((figure) => (
        <div key={figure} className="flex flex-col-reverse rounded-lg border border-stone-200 bg-white p-3" data-testid={`track-${figure}`}>
          <dt className="text-sm text-muted">{t(`reader.track.${figure}`)}</dt>
          <dd className="text-2xl font-bold">{formatNumber(record[figure], prefs)}</dd>
        </div>
      ))}
    </dl>
  );
}
