import { formatClaimTime, formatDayHeading, isoCalendarDay, isoDate } from "@/lib/i18n/format-date";
import type { Preferences } from "@/lib/i18n/preferences";
import type { TimelineNode } from "@/lib/reader/timeline";

// How a timeline is laid out for one reader: the days are their calendar's
// and their digits, so grouping is the screen's work, not the read-model's.

export type TimelineGroup = { key: string; heading: string; events: TimelineNode[] };

/**
 * Events grouped under the day they happened, in the order given. A claim
 * known only to the month or year gets a group of its own ("يناير 2024"),
 * never a made-up day.
 */
export function groupByDay(events: TimelineNode[], prefs: Preferences): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of events) {
    const { saidAt, saidAtPrecision } = event.claim;
    const byDay = saidAtPrecision === "exact" || saidAtPrecision === "day";
    const key = byDay ? isoCalendarDay(saidAt, saidAtPrecision) : isoDate(saidAt, saidAtPrecision);
    const last = groups.at(-1);
    if (last?.key === key) last.events.push(event);
    else {
      const heading = byDay ? formatDayHeading(new Date(key), prefs) : formatClaimTime(saidAt, saidAtPrecision, prefs);
      groups.push({ key, heading, events: [event] });
    }
  }
  return groups;
}

