import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/import/parse-article";
import { claimBy, sourceOf } from "./helpers";

const parse = (body: string) => parseArticle(`النادي ينفي بيع لاعبه\nالأحد 3 مارس 2024\n${body}`, { knownSources: [], knownTags: [] });

describe("what is denied: a report named only as rumoured (ما تردد من أنباء حول …)", () => {
  const draft = parse(
    "نفى خالد المنصور، المتحدث باسم نادي الشروق، ما تردد من أنباء حول بيع عقد المهاجم سامي ناصر إلى ناد خليجي. " +
      "وأوضح المنصور أن هذا الكلام غير صحيح على الإطلاق.",
  );
  const reported = claimBy(draft, "reported");
  const denial = claimBy(draft, "denial");

  it("reads the rumour as the reported claim, from an origin the editor is to name", () => {
    expect(reported?.text).toBe("بيع عقد المهاجم سامي ناصر إلى ناد خليجي");
    expect(sourceOf(draft, reported!.claimantKey)).toMatchObject({ name: "مصدر غير مسمى", kind: "anonymous" });
  });

  it("links the denial to that claim, in the denier's own words", () => {
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: denial!.key, toKey: reported!.key, type: "denies" })]);
    expect(sourceOf(draft, denial!.claimantKey)?.name).toBe("خالد المنصور");
    expect(denial!.text).toContain("غير صحيح على الإطلاق");
  });

  it("reads ما أشيع عن and ما يتردد من أن the same way", () => {
    for (const phrase of ["ما أشيع عن", "ما يتردد من أن"]) {
      const other = parse(`نفت وزارة النقل ${phrase} إغلاق الطريق الساحلي أمام الشاحنات.`);
      expect(claimBy(other, "reported")?.text, phrase).toBe("إغلاق الطريق الساحلي أمام الشاحنات");
      expect(other.links.map((link) => link.type), phrase).toEqual(["denies"]);
    }
  });

  it("does not take a relative clause for a rumour", () => {
    const plain = parse("قال المدرب إن ما تحقق هذا الموسم يكفي.");
    expect(plain.claims.map((claim) => claim.role)).toEqual(["reported"]);
    expect(plain.links).toEqual([]);
  });
});
