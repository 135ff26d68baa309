import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";

describe("diffSnapshots", () => {
  it("lists only the fields that changed, with names instead of ids", () => {
    const before = { id: "1", version: 1, text: "قديم", claimantId: "a", claimant: { name: "رويترز" }, tags: ["روسيا"], appearances: [{ sourceId: "x", source: { name: "بلومبرج" } }] };
    const after = { id: "1", version: 2, text: "جديد", claimantId: "b", claimant: { name: "بلومبرج" }, tags: ["روسيا"], appearances: [] };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "text", before: "قديم", after: "جديد" },
      { field: "claimant", before: "رويترز", after: "بلومبرج" },
      { field: "appearances", before: "بلومبرج", after: "—" },
    ]);
  });

  it("treats a creation as a change from nothing", () => {
    expect(diffSnapshots(null, { text: "نص" })).toEqual([{ field: "text", before: "—", after: "نص" }]);
  });
});
