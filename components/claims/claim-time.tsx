import type { TimePrecision } from "@/lib/vocabulary";
import { formatClaimTime, isoDate } from "@/lib/i18n/format-date";
import type { Preferences } from "@/lib/i18n/preferences";

/** A claim's time, as precise as it is known ("يناير 2024" is never "1 يناير 2024"). */
export function ClaimTime({ date, precision, prefs }: { date: Date; precision: TimePrecision; prefs: Preferences }) {
  return <time dateTime={isoDate(date, precision)}>{formatClaimTime(date, precision, prefs)}</time>;
}
