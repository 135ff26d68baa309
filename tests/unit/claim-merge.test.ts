import { describe, expect, it } from "vitest";
import { applyMerge, changeDatePrecision, emptyClaimDraft, mergeProposal, type AppearanceDraft, type ClaimDraft } from "@/components/editor/claim-draft";

const row = (key: string, name: string, viaKey = "", quote = ""): AppearanceDraft => ({
  key,
  source: { id: `source-${name}`, name },
  viaKey,
  url: "",
  title: "",
  quote,
  publishedAt: "",
});

const base: ClaimDraft = {
  ...emptyClaimDraft(),
  claimant: { id: "source-reuters", name: "رويترز" },
  saidAt: "2024-03-01",
  text: "النص الأصلي",
  tags: "روسيا، أوكرانيا",
  stories: [{ id: "story-a", title: "قصة أ" }],
  appearances: [row("a1", "رويترز"), row("a2", "كويت نيوز", "a1", "اقتباس أول")],
};

/** Their save as the 409 returns it: same content, but every appearance has a new id. */
const saved = (draft: ClaimDraft): ClaimDraft => ({
  ...draft,
  appearances: draft.appearances.map((appearance) => ({ ...appearance, key: `new-${appearance.key}`, viaKey: appearance.viaKey && `new-${appearance.viaKey}` })),
});

describe("mergeProposal", () => {
  it("proposes theirs for what only they changed, and mine for what only I changed", () => {
    const mine = { ...base, summary: "ملخصي" };
    const theirs = saved({ ...base, text: "نص صححوه" });
    expect(mergeProposal(base, mine, theirs)).toEqual([
      { field: "text", proposed: "theirs" },
      { field: "summary", proposed: "mine" },
    ]);
  });

  it("proposes mine where both changed the same field", () => {
    expect(mergeProposal(base, { ...base, text: "نصي" }, saved({ ...base, text: "نصهم" }))).toEqual([{ field: "text", proposed: "mine" }]);
  });

  it("shows different stories even when their count is the same", () => {
    expect(mergeProposal(base, base, saved({ ...base, stories: [{ id: "story-b", title: "قصة ب" }] }))).toEqual([{ field: "stories", proposed: "theirs" }]);
  });

  it("shows a quote changed in an appearance, though the chain's names are the same", () => {
    const theirs = saved({ ...base, appearances: [base.appearances[0]!, { ...base.appearances[1]!, quote: "اقتباس مصحح" }] });
    expect(mergeProposal(base, base, theirs)).toEqual([{ field: "appearances", proposed: "theirs" }]);
  });

  it("sees no difference in new appearance ids, row order, or how the same tags are typed", () => {
    const mine = { ...base, tags: "أوكرانيا ,روسيا", appearances: [...base.appearances].reverse() };
    expect(mergeProposal(base, mine, saved(base))).toEqual([]);
  });

  it("tells a chain apart by who carried from whom, not only by who appears", () => {
    const reversed = saved({ ...base, appearances: [row("a1", "رويترز", "a2"), row("a2", "كويت نيوز", "", "اقتباس أول")] });
    expect(mergeProposal(base, base, reversed)).toEqual([{ field: "appearances", proposed: "theirs" }]);
  });
});

describe("applyMerge", () => {
  it("takes the chosen fields from theirs, a date with its precision, and keeps the rest of mine", () => {
    const mine = { ...base, summary: "ملخصي" };
    const theirs = saved({ ...base, text: "نص صححوه", saidAt: "2024-03", saidAtPrecision: "month" });
    expect(applyMerge(mine, theirs, ["text", "saidAt"])).toEqual({ ...mine, text: "نص صححوه", saidAt: "2024-03", saidAtPrecision: "month" });
  });
});

describe("changing a date's precision", () => {
  it("keeps what was typed, to the new precision", () => {
    expect(changeDatePrecision("2024-01-26", "day", "month")).toBe("2024-01");
    expect(changeDatePrecision("2024-01-26", "day", "exact")).toBe("2024-01-26T00:00");
    expect(changeDatePrecision("2024-01-26T15:30", "exact", "day")).toBe("2024-01-26");
    expect(changeDatePrecision("2024-01", "month", "year")).toBe("2024");
    expect(changeDatePrecision("2024", "year", "day")).toBe("2024-01-01");
    expect(changeDatePrecision("", "day", "month")).toBe("");
  });
});
