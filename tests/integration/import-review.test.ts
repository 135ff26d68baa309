/**
 * The review screen's edits that touch several pieces of an import draft at
 * once: whatever they change, the draft still holds together (the schema
 * accepts it) and nothing the editor did not touch moves.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDraftSchema, type ImportDraft } from "@/lib/import/import-draft.types";
import { parseArticle } from "@/lib/import/parse-article";
import {
  addAppearance,
  addSource,
  editArticle,
  editSource,
  keepRelated,
  publisherKeyOf,
  relatedClaimKey,
  removeAppearance,
  removeClaim,
} from "@/lib/import/review/review-import";

const ARTICLE = readFileSync("tests/fixtures/articles/kremlin-denial.txt", "utf8");
const parsed = () => parseArticle(ARTICLE, { knownSources: [], knownTags: ["الولايات المتحدة"] });
const holdsTogether = (draft: ImportDraft) => importDraftSchema.safeParse(draft).error?.issues ?? [];
const publisherAppearances = (draft: ImportDraft) => draft.appearances.filter((appearance) => appearance.sourceKey === publisherKeyOf(draft));

describe("reviewing an import draft", () => {
  it("keeps the publisher's appearances of the article in step with the article's headline, date and address", () => {
    const kept = keepRelated(parsed(), 0);
    const edited = editArticle(kept, { headline: "عنوان معدّل", publishedAt: "2024-01-27", url: "https://kuwait.example/a" });
    const [reportHop, denialHop, followUpHop] = publisherAppearances(edited);
    expect(reportHop).toMatchObject({ title: "عنوان معدّل", publishedAt: "2024-01-27", url: "https://kuwait.example/a" });
    expect(denialHop).toMatchObject({ title: "عنوان معدّل", publishedAt: "2024-01-27", url: "https://kuwait.example/a" });
    // The follow-up was published under its own headline, on another day, at another address.
    expect(followUpHop).toEqual(publisherAppearances(kept)[2]);
    // Cleared, the address is absent again rather than empty.
    expect(publisherAppearances(editArticle(edited, { url: undefined }))[0]).not.toHaveProperty("url", expect.anything());
    expect(holdsTogether(edited).map((issue) => issue.path.join("."))).toEqual(["claims.2.saidAt"]); // the follow-up's day, for the editor
  });

  it("turns a related item into a follow-up by the source it names, linked as context to the report, and back", () => {
    const draft = parsed();
    const kept = keepRelated(draft, 0);
    const followUp = kept.claims.find((claim) => claim.key === relatedClaimKey(0))!;
    expect(followUp).toMatchObject({ role: "context", saidAt: null, summary: "الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر" });
    expect(kept.sources.find((source) => source.key === followUp.claimantKey)!.name).toBe("دميتري بيسكوف");
    expect(kept.links.at(-1)).toMatchObject({ fromKey: followUp.key, toKey: "claim-1", type: "context" });
    expect(keepRelated(kept, 0)).toBe(kept);
    expect(holdsTogether(kept).map((issue) => issue.path.join("."))).toEqual(["claims.2.saidAt"]);
    expect(removeClaim(kept, followUp.key)).toEqual(draft);
  });

  it("removes a claim with its links and appearances, and a hop with its carriers re-attached", () => {
    const withoutReport = removeClaim(parsed(), "claim-1");
    expect(withoutReport.links).toEqual([]);
    expect(withoutReport.appearances.every((appearance) => appearance.claimKey === "claim-2")).toBe(true);
    expect(holdsTogether(withoutReport)).toEqual([]);

    const withoutBloomberg = removeAppearance(parsed(), "appearance-2");
    expect(withoutBloomberg.appearances.find((appearance) => appearance.key === "appearance-3")!.viaKey).toBe("appearance-1");
    expect(holdsTogether(withoutBloomberg)).toEqual([]);
  });

  it("adds what the parser missed with fresh keys, and renaming the publisher renames the article's publisher", () => {
    let draft = addSource(parsed(), "أضافه المحرر");
    const added = draft.sources.at(-1)!;
    draft = editSource(draft, added.key, { name: "تاس", kind: "agency" });
    draft = addAppearance(draft, "claim-2", added.key, "أضافه المحرر");
    expect(new Set(draft.appearances.map((appearance) => appearance.key)).size).toBe(draft.appearances.length);
    expect(draft.appearances.at(-1)).toMatchObject({ claimKey: "claim-2", sourceKey: added.key, viaKey: "appearance-7" });
    expect(holdsTogether(draft)).toEqual([]);

    const renamed = editSource(draft, publisherKeyOf(draft)!, { name: "كويت نيوز الإلكترونية" });
    expect(renamed.article.publisherName).toBe("كويت نيوز الإلكترونية");
    expect(publisherKeyOf(renamed)).toBe(publisherKeyOf(draft));
  });
});
