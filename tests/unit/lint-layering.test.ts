/**
 * The layering's arrows are ESLint rules (eslint.config.mjs), so `npm test`
 * fails on a new import against them. Each forbidden arrow is tried here on
 * a file that does not exist, at the place it would be, and must be refused;
 * the allowed way round must pass.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

// Loading the configuration (Next's plugins, typescript-eslint) takes seconds, once.
beforeAll(() => eslint.calculateConfigForFile("components/x.tsx"), 60_000);

/** The no-restricted-imports messages ESLint gives `source` as if it were the file at `filePath`. */
async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the layering rules", () => {
  it.each([
    ["a component reading the database", "components/claims/x.tsx", 'import { db } from "@/lib/db/client";', "UI does not reach the database"],
    ["a page reading the database", "app/(public)/x/page.tsx", 'import type { Claim } from "@/lib/db/generated/client.ts";', "UI does not reach the database"],
    ["a component importing a route file", "components/editor/x.tsx", 'import type { X } from "@/app/editor/lookup/sources/route";', "Route files are entry points"],
    ["a use-case importing a component", "lib/claims/x.ts", 'import { ClaimCard } from "@/components/claims/claim-card";', "lib/ is below the UI"],
    ["a use-case importing a route file", "lib/claims/x.ts", 'import { updateClaimAction } from "@/app/editor/claims/actions";', "Route files are entry points"],
    ["the database layer importing a use-case", "lib/db/x.ts", 'import { createClaim } from "@/lib/claims/create-claim";', "lib/db is the bottom layer"],
    ["a parser stage importing a later stage", "lib/import/entities/x.ts", 'import { resolve } from "@/lib/import/coreference/resolve-anaphor";', "lib/import/entities is a stage of the parser"],
    ["the parser's first stage importing any other", "lib/import/lexicon/x.ts", 'import { tokenize } from "@/lib/import/tokenize/tokenize";', "lib/import/lexicon is a stage of the parser"],
    ["a parser stage importing a use-case", "lib/import/links/x.ts", 'import { saveImport } from "@/lib/import/save-import";', "lib/import/links is a stage of the parser"],
    ["a parser stage reaching another by ../", "lib/import/tokenize/x.ts", 'import { stanceOf } from "../stance/extract-stance";', "import by path"],
    ["the review importing the parser", "lib/import/review/x.ts", 'import { parseArticle } from "@/lib/import/parse-article";', "lib/import/review edits a draft"],
  ])("refuses %s", async (_, filePath, source, message) => {
    expect(await refusals(filePath, source)).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ["a page reading through lib/reader", "app/(public)/x/page.tsx", 'import { getPublicClaim } from "@/lib/reader/get-public-claim";'],
    ["a component taking a vocabulary", "components/claims/x.tsx", 'import { LINK_TYPES } from "@/lib/vocabulary";'],
    ["the database layer taking runtime settings", "lib/db/x.ts", 'import { dataDir } from "@/lib/runtime/data-dir";'],
    ["a route handler pinging the database", "app/api/x/route.ts", 'import { db } from "@/lib/db/client";'],
    ["a parser stage importing an earlier stage", "lib/import/statements/x.ts", 'import { resolve } from "@/lib/import/coreference/resolve-anaphor";'],
    ["a parser stage importing its own", "lib/import/statements/x.ts", 'import { skipOpeners } from "./statement-context";'],
    ["a parser stage importing the draft's contract", "lib/import/lexicon/x.ts", 'import type { DraftSourceKind } from "@/lib/import/import-draft.types";'],
    ["a use-case importing any stage", "lib/import/parse-article.ts", 'import { buildDraft } from "./links/build-draft";'],
    ["the review importing the draft's contract", "lib/import/review/x.ts", 'import type { ImportDraft } from "@/lib/import/import-draft.types";'],
  ])("allows %s", async (_, filePath, source) => {
    expect(await refusals(filePath, source)).toEqual([]);
  });
});
