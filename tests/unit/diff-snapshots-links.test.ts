import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { describeSnapshot, diffSnapshots } from "@/lib/revisions/diff-snapshots";

const arabic = { t: translator("ar"), prefs: DEFAULT_PREFERENCES };
const english = { t: translator("en"), prefs: { ...DEFAULT_PREFERENCES, locale: "en" as const } };

const REPORT_ID = "8263c5e3-6ed9-44b3-b1fa-1a2b3c4d5e6f";
const DENIAL_ID = "92839dff-0797-4247-bf81-bc07bbc40000";
const isolated = (text: string) => `\u2068${text}\u2069`;

const report = { id: REPORT_ID, claimant: { name: "بيسكوف" }, excerpt: "لا، هذا تقرير…" };

describe("diffSnapshots: links", () => {
  it("names the linked claim by who said it and how it begins", () => {
    const after = { links: [{ toClaimId: REPORT_ID, type: "denies", note: null }], linkedClaims: [report] };
    expect(diffSnapshots({ links: [], linkedClaims: [] }, after, arabic)).toEqual([
      { field: "links", label: "الروابط مع ادعاءات أخرى", before: "—", after: `ينفي: ${isolated("بيسكوف")} — «${isolated("لا، هذا تقرير…")}»` },
    ]);
  });

  it("quotes in the reader's language and keeps the link's note", () => {
    const snapshot = {
      links: [{ toClaimId: REPORT_ID, type: "denies", note: "the same day" }],
      linkedClaims: [{ id: REPORT_ID, claimant: { name: "Peskov" }, excerpt: "No, this report…" }],
    };
    expect(describeSnapshot(snapshot, english)).toEqual([
      { field: "links", label: "Links to other claims", value: `denies: ${isolated("Peskov")} — “${isolated("No, this report…")}” (the same day)` },
    ]);
  });

  it("names a claim linked twice on both lines", () => {
    const snapshot = {
      links: [
        { toClaimId: REPORT_ID, type: "denies", note: null },
        { toClaimId: REPORT_ID, type: "refutes", note: null },
      ],
      linkedClaims: [report],
    };
    expect(describeSnapshot(snapshot, arabic)[0]!.value.split("\n")).toEqual([
      `ينفي: ${isolated("بيسكوف")} — «${isolated("لا، هذا تقرير…")}»`,
      `يدحض: ${isolated("بيسكوف")} — «${isolated("لا، هذا تقرير…")}»`,
    ]);
  });

  it("falls back to the id in an old revision that stored no names", () => {
    const old = { links: [{ toClaimId: REPORT_ID, type: "denies", note: null }] };
    expect(describeSnapshot(old, arabic)).toEqual([{ field: "links", label: "الروابط مع ادعاءات أخرى", value: `ينفي: ${REPORT_ID}` }]);
  });

  it("compares links by claim, type and note: names stored since, a reworded linked claim or another order are no change", () => {
    const links = [
      { toClaimId: REPORT_ID, type: "denies", note: null },
      { toClaimId: DENIAL_ID, type: "context", note: null },
    ];
    const named = { links, linkedClaims: [report, { id: DENIAL_ID, claimant: { name: "بيسكوف" }, excerpt: "المحادثات…" }] };
    expect(diffSnapshots({ links }, named, arabic)).toEqual([]);
    expect(diffSnapshots(named, { ...named, links: [...links].reverse(), linkedClaims: [{ ...report, excerpt: "لا، هذا خبر…" }] }, arabic)).toEqual([]);
    expect(diffSnapshots(named, { ...named, links: [links[0]] }, arabic)).toEqual([
      expect.objectContaining({ field: "links", after: `ينفي: ${isolated("بيسكوف")} — «${isolated("لا، هذا تقرير…")}»` }),
    ]);
  });

  it("does not list the names stored beside the links as a field of their own", () => {
    const snapshot = { links: [], linkedClaims: [report] };
    expect(describeSnapshot(snapshot, arabic)).toEqual([]);
  });
});
