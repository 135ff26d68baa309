import { describe, expect, it } from "vitest";
import { groupByDay } from "@/components/timeline/day-groups";
import type { TimelineNode } from "@/lib/reader/timeline";
import type { TimePrecision } from "@/lib/i18n/claim-time";
import type { Preferences } from "@/lib/i18n/preferences";

const event = (id: string, iso: string, precision: TimePrecision) =>
  ({ claim: { id, saidAt: new Date(iso), saidAtPrecision: precision }, answers: [], refersTo: [], answerType: null }) as unknown as TimelineNode;
const groups = (events: TimelineNode[], prefs: Preferences = { locale: "ar", calendar: "gregory", digits: "latn" }) =>
  groupByDay(events, prefs).map((group) => ({ key: group.key, heading: group.heading, ids: group.events.map((e) => e.claim.id) }));

describe("groupByDay", () => {
  it("puts claims of the same day together, exact times on the day they fall on", () => {
    expect(groups([event("a", "2024-01-26T00:00:00Z", "day"), event("b", "2024-01-26T14:05:00Z", "exact"), event("c", "2024-01-27T00:00:00Z", "day")])).toEqual([
      { key: "2024-01-26", heading: "الجمعة، 26 يناير 2024", ids: ["a", "b"] },
      { key: "2024-01-27", heading: "السبت، 27 يناير 2024", ids: ["c"] },
    ]);
  });

  it("heads a claim known only to the month or year with that month or year, never a made-up day", () => {
    expect(groups([event("m", "2024-01-01T00:00:00Z", "month"), event("d", "2024-01-01T00:00:00Z", "day"), event("y", "2025-01-01T00:00:00Z", "year")])).toEqual([
      { key: "2024-01", heading: "يناير 2024", ids: ["m"] },
      { key: "2024-01-01", heading: "الاثنين، 1 يناير 2024", ids: ["d"] },
      { key: "2025", heading: "2025", ids: ["y"] },
    ]);
  });

  it("speaks the reader's calendar", () => {
    const hijri = groups([event("a", "2024-01-26T00:00:00Z", "day")], { locale: "en", calendar: "islamic-umalqura", digits: "latn" });
    expect(hijri[0]!.heading).toBe("Friday, 14 Rajab 1445 AH");
  });
});
