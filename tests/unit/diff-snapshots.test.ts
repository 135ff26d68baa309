import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { describeSnapshot, diffSnapshots } from "@/lib/revisions/diff-snapshots";

const arabic = { t: translator("ar"), prefs: DEFAULT_PREFERENCES };
const english = { t: translator("en"), prefs: { ...DEFAULT_PREFERENCES, locale: "en" as const } };

const appearance = (fields: Record<string, unknown> = {}) => ({
  id: "ap-1",
  sourceId: "s-1",
  source: { name: "رويترز" },
  url: "https://example.com/a",
  title: "بوتين يجس النبض",
  quote: "قال مصدران",
  publishedAt: "2024-01-26T00:00:00.000Z",
  publishedAtPrecision: "day",
  viaId: null,
  createdAt: "2024-01-27T10:00:00.000Z",
  ...fields,
});

describe("diffSnapshots", () => {
  it("lists only the fields that changed, labelled, with names instead of ids", () => {
    const before = { id: "1", version: 1, text: "قديم", claimantId: "a", claimant: { name: "رويترز" }, tags: ["روسيا"], appearances: [{ sourceId: "x", source: { name: "بلومبرج" } }] };
    const after = { id: "1", version: 2, text: "جديد", claimantId: "b", claimant: { name: "بلومبرج" }, tags: ["روسيا"], appearances: [] };
    expect(diffSnapshots(before, after, arabic)).toEqual([
      { field: "claimant", label: "صاحب الادعاء", before: "رويترز", after: "بلومبرج" },
      { field: "text", label: "نص الادعاء بلغته الأصلية", before: "قديم", after: "جديد" },
      { field: "appearances", label: "أين ظهر (سلسلة الإسناد)", before: "الناقل: بلومبرج؛ مصدر أصلي", after: "—" },
    ]);
  });

  it("treats a creation as a change from nothing", () => {
    expect(diffSnapshots(null, { text: "نص" }, arabic)).toEqual([{ field: "text", label: "نص الادعاء بلغته الأصلية", before: "—", after: "نص" }]);
  });

  it("shows a change of assignee by name", () => {
    const before = { assigneeId: null, assignee: null };
    const after = { assigneeId: "u-1", assignee: { name: "سارة" } };
    expect(diffSnapshots(before, after, arabic)).toEqual([{ field: "assignee", label: "المسؤول", before: "—", after: "سارة" }]);
  });

  it("still shows an assignee change in an old revision that stored only the id", () => {
    expect(diffSnapshots({ assigneeId: "u-1" }, { assigneeId: "u-2" }, arabic)).toEqual([
      { field: "assignee", label: "المسؤول", before: "u-1", after: "u-2" },
    ]);
  });

  it("compares an old revision's ids with a newer one's names by id: the same assignee and stories are no change", () => {
    const old = { assigneeId: "u-1", storyIds: ["s-2", "s-1"] };
    const named = { assigneeId: "u-1", assignee: { name: "سارة" }, storyIds: ["s-1", "s-2"], storyTitles: ["حرب أوكرانيا", "الكرملين"] };
    expect(diffSnapshots(old, named, arabic)).toEqual([]);
    expect(diffSnapshots({ ...old, assigneeId: "u-2" }, { ...named, storyIds: ["s-1"], storyTitles: ["حرب أوكرانيا"] }, arabic)).toEqual([
      { field: "stories", label: "القصص", before: "s-1، s-2", after: "حرب أوكرانيا" },
      { field: "assignee", label: "المسؤول", before: "u-2", after: "سارة" },
    ]);
  });

  it("does not show a renamed claimant or verdict level as a change to the claim", () => {
    const before = { claimantId: "a", claimant: { name: "رويترز" }, verdictId: "v-1", verdict: { labelAr: "غير مثبت", labelEn: "Unproven" } };
    const after = { claimantId: "a", claimant: { name: "وكالة رويترز" }, verdictId: "v-1", verdict: { labelAr: "لم يثبت", labelEn: "Not proven" } };
    expect(diffSnapshots(before, after, arabic)).toEqual([]);
  });

  it("shows a change to an appearance's quote, and every other field of it", () => {
    const [change, ...rest] = diffSnapshots({ appearances: [appearance()] }, { appearances: [appearance({ id: "ap-2", quote: "قال ثلاثة مصادر" })] }, arabic);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ field: "appearances", label: "أين ظهر (سلسلة الإسناد)" });
    expect(change!.before).toBe(
      "الناقل: رويترز؛ مصدر أصلي؛ الرابط: https://example.com/a؛ العنوان: بوتين يجس النبض؛ تاريخ النشر: 26 يناير 2024؛ النص كما نُشر: قال مصدران",
    );
    expect(change!.after).toContain("النص كما نُشر: قال ثلاثة مصادر");
  });

  it("names what an appearance was carried from, though appearance ids change on every save", () => {
    const chain = (ids: [string, string]) => [appearance({ id: ids[0] }), appearance({ id: ids[1], source: { name: "كويت نيوز" }, viaId: ids[0] })];
    expect(diffSnapshots({ appearances: chain(["a", "b"]) }, { appearances: chain(["c", "d"]) }, arabic)).toEqual([]);
    const [line] = describeSnapshot({ appearances: chain(["a", "b"]) }, english).map((field) => field.value.split("\n")[1]);
    expect(line).toMatch(/^Carried by: كويت نيوز; Carried from: رويترز; /);
  });

  it("shows stories by title, statuses translated and dates in the reader's calendar", () => {
    const before = { status: "draft", storyIds: ["s-1"], storyTitles: ["حرب أوكرانيا"], saidAt: "2024-01-26T00:00:00.000Z", saidAtPrecision: "day" };
    const after = { status: "published", storyIds: ["s-1", "s-2"], storyTitles: ["حرب أوكرانيا", "الكرملين"], saidAt: "2024-01-01T00:00:00.000Z", saidAtPrecision: "month" };
    expect(diffSnapshots(before, after, english)).toEqual([
      { field: "saidAt", label: "When it was said", before: "26 January 2024", after: "January 2024" },
      { field: "stories", label: "Stories", before: "حرب أوكرانيا", after: "الكرملين, حرب أوكرانيا" },
      { field: "status", label: "Status", before: "Draft", after: "Published" },
    ]);
  });

  it("reads an old revision without the newer fields, falling back to what it stored", () => {
    expect(diffSnapshots({ storyIds: ["s-1"] }, { storyIds: ["s-1", "s-2"], deletedAt: "2024-02-01T09:30:00.000Z" }, english)).toEqual([
      { field: "stories", label: "Stories", before: "s-1", after: "s-1, s-2" },
      { field: "deletedAt", label: "Deleted at", before: "—", after: expect.stringMatching(/^1 February 2024 at 09:30/) },
    ]);
  });
});
