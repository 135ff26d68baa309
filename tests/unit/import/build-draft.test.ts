import { describe, expect, it } from "vitest";
import { importDraftSchema } from "@/lib/import/import-draft.types";
import { parseArticle } from "@/lib/import/parse-article";
import { chainOf, sourceOf } from "./helpers";

const parse = (lines: string[], knownSources = [{ id: "reuters", name: "رويترز", aliases: [] }]) =>
  parseArticle(lines.join("\n"), { knownSources, knownTags: [] });

describe("building the draft", () => {
  it("merges a body's denial with its spokesman's quote into one denial by the spokesman", () => {
    const draft = parse([
      "عنوان",
      "تاريخ النشر: 2024-05-10",
      "ذكرت صحيفة الوطن أن الحكومة سترفع الأسعار.",
      "ونفت الحكومة الخبر.",
      "وقال المتحدث باسم الحكومة سامي نادر: «هذا خبر كاذب ولا أساس له من الصحة».",
    ]);
    const denials = draft.claims.filter((claim) => claim.role === "denial");
    expect(denials).toHaveLength(1);
    expect(sourceOf(draft, denials[0]!.claimantKey).name).toBe("سامي نادر");
    expect(denials[0]!.text).toBe("هذا خبر كاذب ولا أساس له من الصحة");
  });

  it("links an answer to the report its sentences name, not just the first one", () => {
    const draft = parse([
      "عنوان",
      "تاريخ النشر: 2024-05-10",
      "ذكرت صحيفة الوطن أن الحكومة سترفع الأسعار.",
      "وذكرت صحيفة النهار أن الوزير سيستقيل.",
      "ونفى الوزير ما نشرته صحيفة النهار حول استقالته.",
    ]);
    const [, second, denial] = draft.claims;
    expect(sourceOf(draft, second!.claimantKey).name).toBe("النهار");
    expect(draft.links).toEqual([expect.objectContaining({ fromKey: denial!.key, toKey: second!.key, type: "denies" })]);
  });

  it("leaves an answer unlinked when the article carries no report", () => {
    const draft = parse(["عنوان", "تاريخ النشر: 2024-05-10", "ونفى الجيش وجود أي تحركات على الحدود."]);
    expect(draft.claims.map((claim) => claim.role)).toEqual(["denial"]);
    expect(draft.links).toEqual([]);
  });

  it("keeps one source per identity across spellings, and the known source's name", () => {
    const draft = parse(["عنوان", "ذكرت رويترز أن الاتفاق وشيك.", "المصدر: وكالة رويترز"]);
    expect(draft.sources.filter((source) => source.matchedSourceId === "reuters")).toHaveLength(1);
    expect(chainOf(draft, draft.claims[0]!.key)).toEqual(["رويترز"]);
  });

  it("leaves the date and publisher null when the article gives none, which review must fill", () => {
    const draft = parse(["عنوان", "ذكرت صحيفة الوطن أن الحكومة سترفع الأسعار."]);
    expect(draft.article).toMatchObject({ publishedAt: null, publisherName: null });
    expect(draft.claims[0]!.saidAt).toBeNull();
    const issues = importDraftSchema.safeParse(draft).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([
      ["article.publishedAt", "importer.error.publishedAtRequired"],
      ["article.publisherName", "importer.error.publisherRequired"],
      ["claims.0.saidAt", "importer.error.saidAtRequired"],
    ]);
  });

  it("numbers keys in order and lets every appearance point back along its own claim", () => {
    const draft = parse(["عنوان", "ذكرت صحيفة الوطن نقلا عن مصادر مطلعة أن الاتفاق وشيك.", "المصدر: رويترز", "المصدر: موقع الخبر"]);
    expect(draft.appearances.map((appearance) => [appearance.key, appearance.viaKey])).toEqual([
      ["appearance-1", null],
      ["appearance-2", "appearance-1"],
      ["appearance-3", "appearance-2"],
      ["appearance-4", "appearance-3"],
    ]);
    expect(chainOf(draft, "claim-1")).toEqual(["مصادر مطلعة", "الوطن", "رويترز", "موقع الخبر"]);
  });
});
