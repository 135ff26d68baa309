import { describe, expect, it } from "vitest";
import { importDraftSchema, parseArticleInputSchema, type ImportDraft } from "@/lib/import/import-draft.types";
import { parseFixture } from "./helpers";

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

describe("parseArticleInputSchema", () => {
  it("accepts an article", () => {
    expect(parseArticleInputSchema.safeParse({ text: "الكرملين ينفي تقريرا" }).success).toBe(true);
  });

  it("refuses empty text, blank text and text of bidi marks only", () => {
    for (const text of ["", "  \n\t", "\u200F\u202E"]) {
      expect(messages(parseArticleInputSchema.safeParse({ text }))).toEqual(["importer.error.textEmpty"]);
    }
  });

  it("refuses a missing text", () => {
    expect(messages(parseArticleInputSchema.safeParse({}))).toEqual(["importer.error.textRequired"]);
  });

  it("counts the limit in UTF-8 bytes, so 200 kB of Arabic is fewer characters", () => {
    const arabicLetterBytes = 2;
    const atLimit = "ب".repeat((200 * 1024) / arabicLetterBytes);
    expect(parseArticleInputSchema.safeParse({ text: atLimit }).success).toBe(true);
    expect(messages(parseArticleInputSchema.safeParse({ text: atLimit + "ب" }))).toEqual(["importer.error.textTooLong"]);
  });
});

describe("importDraftSchema", () => {
  const draft = () => structuredClone(parseFixture("kremlin-denial.txt"));
  const problems = (edited: ImportDraft) => importDraftSchema.safeParse(edited).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

  it("accepts the parser's draft back after a round trip through JSON", () => {
    expect(importDraftSchema.parse(JSON.parse(JSON.stringify(draft())))).toEqual(draft());
  });

  it("accepts an editor's edits: a renamed source, a removed claim and its links and appearances", () => {
    const edited = draft();
    edited.sources[0]!.name = "مصدران مقربان من الكرملين";
    edited.claims = edited.claims.filter((claim) => claim.role !== "denial");
    edited.links = [];
    edited.appearances = edited.appearances.filter((appearance) => appearance.claimKey === "claim-1");
    expect(problems(edited)).toBeUndefined();
  });

  it("refuses references to what is not in the draft", () => {
    const edited = draft();
    edited.claims[0]!.claimantKey = "source-99";
    edited.links[0]!.toKey = "claim-99";
    edited.appearances[1]!.viaKey = "appearance-99";
    edited.sources[4]!.affiliationKey = "source-98";
    expect(problems(edited)).toEqual([
      ["sources.4.affiliationKey", "importer.error.affiliationMissing"],
      ["claims.0.claimantKey", "importer.error.claimantMissing"],
      ["links.0.toKey", "importer.error.claimMissing"],
      ["appearances.1.viaKey", "importer.error.viaMissing"],
    ]);
  });

  it("refuses repeated keys, a claim linked to itself, chains that loop or cross claims", () => {
    const edited = draft();
    edited.sources[1]!.key = edited.sources[0]!.key;
    edited.links[0]!.toKey = edited.links[0]!.fromKey;
    edited.appearances[0]!.viaKey = "appearance-2";
    edited.appearances[5]!.viaKey = "appearance-1";
    expect(problems(edited)).toEqual(
      expect.arrayContaining([
        ["sources.1.key", "importer.error.duplicateKey"],
        ["links.0", "importer.error.selfLink"],
        ["appearances.0.viaKey", "importer.error.viaLoop"],
        ["appearances.5.viaKey", "importer.error.viaOtherClaim"],
      ]),
    );
  });

  it("requires what the parser may leave empty once the editor is done", () => {
    const edited = draft();
    edited.article.headline = " ";
    edited.article.publishedAt = null;
    edited.article.publisherName = null;
    edited.claims[0]!.saidAt = null;
    expect(problems(edited)).toEqual([
      ["article.headline", "importer.error.headlineRequired"],
      ["article.publishedAt", "importer.error.publishedAtRequired"],
      ["article.publisherName", "importer.error.publisherRequired"],
      ["claims.0.saidAt", "importer.error.saidAtRequired"],
    ]);
  });

  it("refuses malformed dates and links", () => {
    const edited = draft();
    edited.article.publishedAt = "26/01/2024";
    edited.article.url = "javascript:alert(1)";
    expect(problems(edited)).toEqual([
      ["article.publishedAt", "importer.error.invalidDate"],
      ["article.url", "importer.error.invalidUrl"],
    ]);
  });
});
