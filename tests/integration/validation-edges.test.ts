/**
 * Input a QA probe answered with a 500 or stored wrongly, through the
 * use-cases forms and the API share: bad input is a 422 naming the field in
 * Arabic and writes nothing; text that only carried bytes no page needs is
 * stored without them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { auditFilters } from "@/lib/audit/audit-filters";
import { listRevisions } from "@/lib/audit/list-revisions";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { restoreClaimRevision } from "@/lib/claims/restore-claim-revision";
import { setVerdict } from "@/lib/claims/set-verdict";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db/client";
import { searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { createStory } from "@/lib/stories/create-story";
import type { UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let admin: UserActor;
let claimantId: string;

beforeAll(async () => {
  ({ editor, admin, claimantId } = await editorAdminAndClaimant());
});

const claim = (overrides: Record<string, unknown> = {}) => claimInput(claimantId, overrides);

const rowCounts = async () => ({
  claims: await db().claim.count(),
  sources: await db().source.count(),
  stories: await db().story.count(),
  tags: await db().tag.count(),
  revisions: await db().revision.count(),
});

const REQUIRED = "هذا الحقل مطلوب.";
const NOT_A_DATE = "أدخل تاريخًا صحيحًا.";
const BAD_VERSION = "رقم نسخة السجل غير صالح: أعد تحميل الصفحة لتعمل على نسخته الحالية.";
const PAST_INT4 = 2_147_483_648;

describe("text with bytes PostgreSQL or a page cannot take", () => {
  it("stores links without a NUL: an appearance's, a source's and a verdict's evidence", async () => {
    const created = await createClaim(editor, claim({ appearances: [{ key: "a", sourceId: claimantId, url: "https://x.com/\u0000" }] }));
    expect(created.appearances[0]!.url).toBe("https://x.com/");

    const source = await createSource(admin, { name: "مصدر برابط", kind: "outlet", url: "https://x.com/\u0000" });
    expect(source.url).toBe("https://x.com/");

    const rated = await setVerdict(editor, {
      claimId: created.id,
      version: created.version,
      evidence: [{ url: "https://x.com/e\u0000", archivedUrl: "https://archive.example/\u0000e", title: "دليل" }],
    });
    expect(rated.evidence).toMatchObject([{ url: "https://x.com/e", archivedUrl: "https://archive.example/e" }]);
  });

  it("stores aliases without NUL or bidi overrides", async () => {
    const source = await createSource(admin, { name: "مصدر بأسماء", kind: "outlet", aliases: ["a\u0000b", "\u202Eرويترز", "\u0000"] });
    expect(source.aliases).toEqual(["ab", "رويترز"]);
  });

  it("stores text with a lone surrogate as U+FFFD, so its revision (jsonb) can be written", async () => {
    const created = await createClaim(
      editor,
      claim({ text: "نص \ud800", summary: "ملخص \udfff", tags: ["وسم\ud800"], appearances: [{ key: "a", sourceId: claimantId, title: "عنوان \ud800" }] }),
    );
    expect(created).toMatchObject({ text: "نص \uFFFD", summary: "ملخص \uFFFD", tags: ["وسم\uFFFD"], appearances: [{ title: "عنوان \uFFFD" }] });
    const revision = await db().revision.findFirstOrThrow({ where: { entityId: created.id } });
    expect(revision.after).toMatchObject({ text: "نص \uFFFD" });

    const source = await createSource(admin, { name: "مصدر \ud800", kind: "outlet", aliases: ["اسم\udfff"] });
    expect(source).toMatchObject({ name: "مصدر \uFFFD", aliases: ["اسم\uFFFD"] });
  });

  it("refuses a claim text or a name made only of zero-width characters, keeping ZWNJ inside words", async () => {
    const before = await rowCounts();
    const invisible = "\u200B\u200C\u200D\u2060\uFEFF";
    expect(await refusal(createClaim(editor, claim({ text: invisible })))).toMatchObject({ status: 422, fieldErrors: { text: [REQUIRED] } });
    expect(await refusal(createSource(admin, { name: invisible, kind: "outlet" }))).toMatchObject({ status: 422, fieldErrors: { name: [REQUIRED] } });
    expect(await refusal(createStory(editor, { title: ` ${invisible} ` }))).toMatchObject({ status: 422, fieldErrors: { title: [REQUIRED] } });
    expect(await rowCounts()).toEqual(before);

    expect((await createClaim(editor, claim({ text: "می\u200Cخواهم" }))).text).toBe("می\u200Cخواهم");
  });
});

describe("dates", () => {
  it("refuses a day the calendar does not have instead of storing the next month's", async () => {
    const before = await rowCounts();
    for (const saidAt of ["2024-02-30", "2023-02-29", "2024-04-31"]) {
      expect(await refusal(createClaim(editor, claim({ saidAt }))), saidAt).toMatchObject({ status: 422, fieldErrors: { saidAt: [NOT_A_DATE] } });
    }
    const appearance = { key: "a", sourceId: claimantId, publishedAt: "2024-02-30" };
    expect(await refusal(createClaim(editor, claim({ appearances: [appearance] })))).toMatchObject({
      status: 422,
      fieldErrors: { "appearances.0.publishedAt": [NOT_A_DATE] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("takes what the claim form sends for each precision, and an API time with an offset", async () => {
    for (const [saidAt, saidAtPrecision, stored] of [
      ["2024-01-26T10:30:00Z", "exact", "2024-01-26T10:30:00.000Z"],
      ["2024-01-26", "day", "2024-01-26T00:00:00.000Z"],
      ["2024-02-01", "month", "2024-02-01T00:00:00.000Z"],
      ["2024-01-01", "year", "2024-01-01T00:00:00.000Z"],
      ["2024-01-26T10:30:00+03:00", "exact", "2024-01-26T07:30:00.000Z"],
    ] as const) {
      const created = await createClaim(editor, claim({ saidAt, saidAtPrecision }));
      expect(created.saidAt.toISOString(), saidAt).toBe(stored);
    }
  });

  it("searches and lists the audit log with a filter day PostgreSQL has no year for, finding what the day says", async () => {
    await createClaim(editor, claim({ status: "published" }));
    for (const [params, findsAny] of [
      [{ to: "0000-01-01" }, false],
      [{ from: "9999-12-31" }, false],
      [{ from: "0000-01-01" }, true],
    ] as const) {
      const what = JSON.stringify(params);
      expect((await searchClaims(parseSearchQuery(params))).total > 0, what).toBe(findsAny);
      expect((await listRevisions(auditFilters.parse(params))).total > 0, what).toBe(findsAny);
    }
  });
});

describe("numbers past their column", () => {
  it("refuses a version beyond int4 on every versioned write, and changes nothing", async () => {
    const created = await createClaim(editor, claim());
    const source = await createSource(admin, { name: "مصدر بنسخة", kind: "outlet" });
    const before = await rowCounts();
    const writes = [
      updateClaim(editor, { ...claim(), id: created.id, version: PAST_INT4 }),
      changeClaimStatus(editor, { id: created.id, version: PAST_INT4, status: "in_review" }),
      setVerdict(editor, { claimId: created.id, version: PAST_INT4 }),
      deleteClaim(admin, { id: created.id, version: PAST_INT4 }),
      updateSource(admin, { sourceId: source.id, version: PAST_INT4, name: "اسم آخر", kind: "outlet" }),
    ];
    for (const [index, write] of writes.entries()) {
      expect(await refusal(write), `write ${index}`).toMatchObject({ status: 422, fieldErrors: { version: [BAD_VERSION] } });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await db().claim.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ version: created.version, status: "draft", deletedAt: null });
  });

  it("refuses a tampered history form's revision id beyond int8", async () => {
    const created = await createClaim(editor, claim());
    const before = await rowCounts();
    expect(await refusal(restoreClaimRevision(editor, { revisionId: "99999999999999999999", version: created.version }))).toMatchObject({
      status: 422,
      fieldErrors: { revisionId: ["اختر قيمة من القائمة."] },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("errors in a list the forms show as one field", () => {
  it("names a tag that is too long under the tags field, for a claim and a story", async () => {
    const before = await rowCounts();
    const long = "و".repeat(81);
    const expected = `«\u2068${long.slice(0, 40)}…\u2069»: يجب ألا يزيد عن 80 حرف.`;
    const claimRefusal = await refusal(createClaim(editor, claim({ tags: `روسيا، ${long}` })));
    expect(claimRefusal).toMatchObject({ status: 422, fieldErrors: { tags: [expected] } });
    expect(await refusal(createStory(editor, { title: "قصة", tags: long }))).toMatchObject({ status: 422, fieldErrors: { tags: [expected] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("words too many tags or aliases in Arabic", async () => {
    const before = await rowCounts();
    const tags = Array.from({ length: 31 }, (_, index) => `وسم ${index}`);
    expect(await refusal(createClaim(editor, claim({ tags })))).toMatchObject({ status: 422, fieldErrors: { tags: ["العدد أكبر من المسموح: 30 على الأكثر."] } });
    const aliases = Array.from({ length: 201 }, (_, index) => `اسم ${index}`);
    expect(await refusal(createSource(admin, { name: "مصدر كثير الأسماء", kind: "outlet", aliases }))).toMatchObject({
      status: 422,
      fieldErrors: { aliases: ["العدد أكبر من المسموح: 200 على الأكثر."] },
    });
    expect(await rowCounts()).toEqual(before);
  });
});
