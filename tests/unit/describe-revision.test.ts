/** How the audit log names a revision's record and the fields it changed, in the admin's language. */
import { describe, expect, it } from "vitest";
import { changedFieldLabels, entityHref, revisionSubject } from "@/lib/audit/describe-revision";
import { translator } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";

const arabic = { t: translator("ar"), prefs: DEFAULT_PREFERENCES };
const english = { t: translator("en"), prefs: { ...DEFAULT_PREFERENCES, locale: "en" as const } };

const claim = (fields: Record<string, unknown> = {}) => ({
  id: "c-1",
  version: 1,
  text: "نص الادعاء",
  verdictId: null,
  verdict: null,
  verdictReasoning: null,
  verdictAt: null,
  evidence: [],
  links: [],
  ...fields,
});

describe("changedFieldLabels", () => {
  it("names a claim's changed fields as its history does, not by their stored names", () => {
    const evidence = { url: "https://example.org/report", title: "تقرير", archivedUrl: null, note: null };
    const before = claim({ evidence: [{ id: "e-1", ...evidence }] });
    const after = claim({
      version: 2,
      verdictId: "v-1",
      verdict: { labelAr: "خاطئ", labelEn: "False" },
      verdictReasoning: "نفاه الكرملين",
      verdictAt: "2024-01-27T10:00:00.000Z",
      // The same evidence, its row renewed by the save: not a change.
      evidence: [{ id: "e-2", ...evidence }],
    });
    const revision = { entityType: "claim", before, after };
    expect(changedFieldLabels(revision, arabic)).toEqual(["الحكم", "التعليل", "وقت الحكم"]);
    expect(changedFieldLabels(revision, english)).toEqual(["Verdict", "Reasoning", "Rated at"]);
  });

  it("names a link added to a claim by the links section", () => {
    const revision = { entityType: "claim", before: claim(), after: claim({ links: [{ toClaimId: "c-2", type: "denies", note: null }] }) };
    expect(changedFieldLabels(revision, arabic)).toEqual(["الروابط مع ادعاءات أخرى"]);
  });

  it("names other records' fields by their forms' labels, and a state set by a button by its column", () => {
    const source = { id: "s-1", version: 1, name: "وكالة مقترحة", status: "proposed", updatedAt: "2024-01-01" };
    const approved = { ...source, version: 2, name: "وكالة معتمدة", status: "active", updatedAt: "2024-01-02" };
    expect(changedFieldLabels({ entityType: "source", before: source, after: approved }, arabic)).toEqual(["الاسم", "حالة الاعتماد"]);
    expect(changedFieldLabels({ entityType: "source", before: source, after: approved }, english)).toEqual(["Name", "Approval status"]);

    const user = { id: "u-1", email: "editor@example.org", role: "editor", disabledAt: null };
    expect(changedFieldLabels({ entityType: "user", before: user, after: { ...user, disabledAt: "2024-01-02" } }, arabic)).toEqual(["الحالة"]);
    expect(changedFieldLabels({ entityType: "user", before: user, after: { ...user, role: "admin" } }, english)).toEqual(["Role"]);

    const token = { id: "t-1", name: "موقع الصحيفة", revokedAt: null };
    expect(changedFieldLabels({ entityType: "apiToken", before: token, after: { ...token, revokedAt: "2024-01-02" } }, arabic)).toEqual(["الحالة"]);

    const story = { id: "st-1", title: "قصة", summary: null, status: "draft" };
    expect(changedFieldLabels({ entityType: "story", before: story, after: { ...story, summary: "ملخص", status: "published" } }, arabic)).toEqual([
      "ملخص القصة",
      "حالة القصة",
    ]);
  });

  it("lists nothing for a creation", () => {
    expect(changedFieldLabels({ entityType: "claim", before: null, after: claim() }, arabic)).toEqual([]);
    expect(changedFieldLabels({ entityType: "source", before: null, after: { name: "رويترز" } }, arabic)).toEqual([]);
  });
});

describe("an import in the audit log", () => {
  const saved = { id: "db286dd8-7fc3-4b3a-b74b-ea58eb7909c7", story: { title: "الكرملين ينفي" }, draft: { article: { headline: "الكرملين ينفي تقريرا عن بوتين" } } };

  it("is named by the headline of the article it came from, and leads to its page", () => {
    expect(revisionSubject(null, saved)).toBe("الكرملين ينفي تقريرا عن بوتين");
    expect(entityHref("import", saved.id, null, saved)).toBe(`/editor/import/${saved.id}`);
  });
});
