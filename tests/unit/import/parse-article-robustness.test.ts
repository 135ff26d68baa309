import { describe, expect, it } from "vitest";
import { importDraftSchema, type ImportDraft } from "@/lib/import/import-draft.types";
import { parseArticle } from "@/lib/import/parse-article";
import { FIXTURE_NAMES, KNOWN_SOURCES, KNOWN_TAGS, readFixture } from "./helpers";
import { longArticle, PATHOLOGICAL_BODIES } from "./long-articles";

const context = { knownSources: KNOWN_SOURCES, knownTags: KNOWN_TAGS };

/**
 * Whatever the text, the draft holds together: the only problems the schema
 * may report are the things the parser could not find (headline, date,
 * publisher, a claim's date), which the editor fills in.
 */
function expectStructurallyValid(draft: ImportDraft) {
  const result = importDraftSchema.safeParse(draft);
  const paths = (result.error?.issues ?? []).map((issue) => issue.path.map(String).join("."));
  for (const path of paths) expect(path).toMatch(/^(article\.(headline|publishedAt|publisherName)|claims\.\d+\.saidAt)$/);
}

describe("parseArticle on odd input", () => {
  it.each([
    ["empty text", ""],
    ["only blank lines", "\n\n   \n\t\n"],
    ["only bidi marks", "\u200F\u202E\u2066\n\u200E"],
    ["a headline alone", "الكرملين ينفي تقريرا"],
    ["English text", "Kremlin denies report\nJanuary 26, 2024\nReuters reported that Peskov said \"this is false\".\nSource: Reuters"],
    ["only furniture", "المصدر:\nالوسوم\nاقرأ أيضا:"],
    ["a date and nothing else", "تاريخ النشر: ٣١ فبراير ٢٠٢٤"],
  ])("returns a draft for %s without throwing", (_, text) => {
    const draft = parseArticle(text, context);
    expectStructurallyValid(draft);
    expect(draft.claims).toEqual([]);
  });

  it("takes the first line of English text as the headline and finds no Arabic claims", () => {
    const draft = parseArticle("Kremlin denies report\nReuters reported that Peskov said it was false.", context);
    expect(draft.article.headline).toBe("Kremlin denies report");
    expect(draft.article.publishedAt).toBeNull();
    expect(draft.claims).toEqual([]);
  });

  it("reads a quotation left unclosed as far as its line goes, without the stray mark", () => {
    const draft = parseArticle("عنوان\nوقال بيسكوف “لا، هذا تقرير خاطئ\nورد «كلا", context);
    expect(draft.claims.map((claim) => [claim.role, claim.text])).toEqual([["denial", "لا، هذا تقرير خاطئ"]]);
    expectStructurallyValid(draft);
  });

  it("refuses an impossible date instead of inventing one", () => {
    expect(parseArticle("عنوان\nتاريخ النشر: ٣١ فبراير ٢٠٢٤", context).article.publishedAt).toBeNull();
  });

  it("survives random mixes of article lines, furniture and punctuation", () => {
    const pieces = [
      ...FIXTURE_NAMES.flatMap((name) => readFixture(name).split("\n")),
      "“", "”", "«", "»", '"', "،", ".", ":", "(", ")", "المصدر", "الوسوم", "إقرأ أيضاً:", "نفى", "نقلت", "عن", "أن",
      "لـ", "وفقا", "بحسب", "الوكالة", "المصادر", "أمس", "١٥", "كانون", "https://example.com/x", "\n", "\u202E",
    ];
    const random = seededRandom(20240126);
    for (let round = 0; round < 200; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]!);
      const text = words.join(random() < 0.5 ? " " : "\n");
      expectStructurallyValid(parseArticle(text, context));
    }
  });

  // How fast these parse, and that the time grows linearly with their length, is measured
  // by `npm run bench:import` (ratios within one run): a timing asserted here would fail on a busy machine.
  it("reads a 200 kB article of realistic paragraphs into a valid draft", () => {
    const draft = parseArticle(longArticle(200 * 1024), context);
    expect(draft.claims.length).toBeGreaterThan(0);
    expectStructurallyValid(draft);
  });

  it.each(Object.entries(PATHOLOGICAL_BODIES))("returns a valid draft on %s", (_, body) => {
    expectStructurallyValid(parseArticle(`عنوان\n${body(1)}`, context));
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
