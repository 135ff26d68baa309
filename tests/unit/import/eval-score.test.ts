import { describe, expect, it } from "vitest";
import type { ImportDraft } from "@/lib/import/import-draft.types";
import { namesWord, scoreArticle } from "@/scripts/import-eval/score";

// The evaluation's scoring reads each field where the draft keeps it; these
// drafts are built by hand so each check can be seen to fail.

const source = (key: string, name: string, extra: Partial<ImportDraft["sources"][number]> = {}) => ({
  key, name, kind: "other" as const, matchedSourceId: null, affiliationKey: null, role: null, evidence: name, ...extra,
});
const claim = (key: string, claimantKey: string, text: string, role: "reported" | "denial" | "confirmation") => ({
  key, claimantKey, text, saidAt: "2024-01-26", saidAtPrecision: "day" as const, language: "ar" as const, role, evidence: text,
});
const appearance = (key: string, claimKey: string, sourceKey: string, viaKey: string | null) => ({ key, claimKey, sourceKey, viaKey, evidence: "x" });

function draft(overrides: Partial<ImportDraft> = {}): ImportDraft {
  return {
    article: { headline: "الكرملين ينفي", publishedAt: "2024-01-26T10:00:00+03:00", precision: "exact", publisherName: "كويت نيوز" },
    sources: [
      source("s1", "كويت نيوز"),
      source("s2", "بلومبرج"),
      source("s3", "دميتري بيسكوف", { role: "المتحدث باسم", affiliationKey: "s4" }),
      source("s4", "الكرملين"),
    ],
    claims: [claim("c1", "s2", "بوتين يجس نبض واشنطن", "reported"), claim("c2", "s3", "هذا تقرير خاطئ", "denial")],
    links: [{ fromKey: "c2", toKey: "c1", type: "denies", evidence: "نفى" }],
    appearances: [appearance("a1", "c1", "s2", null), appearance("a2", "c1", "s1", "a1"), appearance("a3", "c2", "s3", null)],
    tags: [],
    related: [],
    ...overrides,
  };
}

const expected = {
  headline: "الكرملين ينفي",
  publishedDate: "2024-01-26",
  publisherNames: ["كويت نيوز"],
  denial: true,
  confirmation: false,
  denialSpeakerContains: "المتحدث باسم الكرملين",
  denialQuoteContains: "تقرير خاطئ",
  reportingOutletContains: "بلومبرج",
  sourcesContain: ["بيسكوف", "بلومبرج"],
  chain: ["كويت نيوز", "بلومبرج"],
};
const TEXT = "كويت نيوز: نفى الكرملين";

describe("scoreArticle", () => {
  it("gives every field full marks on a right draft, reading the date in the offset it was printed in", () => {
    const score = scoreArticle(TEXT, draft(), expected);
    for (const [field, s] of Object.entries(score)) expect([field, s.fp, s.fn]).toEqual([field, 0, 0]);
    expect(score.answerClaimant?.tp).toBe(1);
  });

  it("counts a denial linked to the denier's own statement as a wrong answered claim", () => {
    const own = draft({
      claims: [...draft().claims, claim("c3", "s3", "موسكو لا تتفاوض", "reported")],
      links: [{ fromKey: "c2", toKey: "c3", type: "denies", evidence: "نفى" }],
    });
    const score = scoreArticle(TEXT, own, expected);
    expect(score.answeredClaim).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.answeredOutlet).toMatchObject({ tp: 0 });
  });

  it("scores the chain hop by hop, in order, and names the extra hops", () => {
    const score = scoreArticle(TEXT, draft(), { ...expected, chain: ["كويت نيوز", "رويترز", "بلومبرج"] });
    expect(score.chain).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it("counts a source that holds no expected name against precision and an expected name not found against recall", () => {
    const score = scoreArticle(TEXT, draft({ sources: [...draft().sources, source("s5", "لهيئة")] }), {
      ...expected,
      sourcesContain: ["بيسكوف", "رويترز"],
    });
    expect(score.sources).toMatchObject({ tp: 1, fn: 1 });
    expect(score.sources?.misses).toContain("unexpected لهيئة");
  });

  it("marks an invented link in an article that answers nothing", () => {
    const score = scoreArticle(TEXT, draft(), { ...expected, denial: false });
    expect(score.noInventedLink).toMatchObject({ tp: 0, fp: 1 });
    expect(score.linkType).toMatchObject({ fp: 1 });
  });
});

describe("namesWord", () => {
  it("finds a name behind a glued preposition but not inside a longer word", () => {
    expect(namesWord("في اتصال هاتفي بالجوهرة أف أم", "الجوهرة")).toBe(true);
    expect(namesWord("صرح للجوهرة أف أم", "الجوهرة")).toBe(true);
    expect(namesWord("ملحق دنيا الرياضة", "الرياض")).toBe(false);
  });
});
