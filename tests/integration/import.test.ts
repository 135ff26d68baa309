/**
 * The article importer against a real database: parsing reads the
 * newsroom's sources and writes nothing; saving a reviewed draft writes the
 * whole article (sources, story, claims as drafts, chains, links, tags,
 * revisions) in one transaction, or nothing; the API routes answer bad
 * input with a clear 4xx in the caller's language.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorForBearerToken } from "@/lib/auth/api-token-actor";
import { anonymous, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { getSavedImport } from "@/lib/import/get-saved-import";
import { importDraftSchema, type ImportDraft } from "@/lib/import/import-draft.types";
import { parseImport } from "@/lib/import/parse-import";
import { keepRelated } from "@/lib/import/review/review-import";
import { saveImport, type SaveImportResult } from "@/lib/import/save-import";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { actorWithRole } from "./actors";
import { refusal } from "./refusal";

// Route handlers read the actor from the request's session; here it is whoever the test says.
const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("@/lib/i18n/request-preferences", () => ({ getPreferences: async () => ({ locale: "ar", calendar: "gregory", digits: "latn" }) }));

const { POST: parseRoute } = await import("@/app/api/v1/imports/parse/route");
const { POST: saveRoute } = await import("@/app/api/v1/imports/route");

const ARTICLE = readFileSync("tests/fixtures/articles/kremlin-denial.txt", "utf8");
const DEMO_SOURCES = ["بلومبرج", "رويترز", "كويت نيوز", "الكرملين", "دميتري بيسكوف", "شخصان مقربان من الكرملين"];
const TAGS = ["أوكرانيا", "الولايات المتحدة", "روسيا"];

let editor: Actor;
let admin: Actor;
let reader: Actor;
const demoSourceIds = new Map<string, string>();

beforeAll(async () => {
  await seedDemo();
  [editor, admin, reader] = await Promise.all([actorWithRole("editor"), actorWithRole("admin"), actorWithRole("reader")]);
  for (const source of await db().source.findMany({ where: { name: { in: DEMO_SOURCES } } })) demoSourceIds.set(source.name, source.id);
});

/** Rows in every table an import writes to. */
async function rowCounts() {
  const client = db();
  const [sources, stories, claims, appearances, links, tags, revisions, savedImports] = await Promise.all([
    client.source.count(),
    client.story.count(),
    client.claim.count(),
    client.appearance.count(),
    client.claimLink.count(),
    client.tag.count(),
    client.revision.count(),
    client.savedImport.count(),
  ]);
  return { sources, stories, claims, appearances, links, tags, revisions, savedImports };
}

const parsed = () => parseImport(editor, { text: ARTICLE });

/** The seed article as an editor leaves it: the follow-up kept, with the day Peskov said it. */
async function reviewedDraft(): Promise<ImportDraft> {
  const draft = keepRelated(await parsed(), 0);
  draft.claims.find((claim) => claim.role === "context")!.saidAt = "2025-02-18";
  return draft;
}

/** The outlets from the last carrier back to the origin, following `via`. */
async function chainOf(claimId: string): Promise<string[]> {
  const appearances = await db().appearance.findMany({ where: { claimId }, include: { source: true } });
  const carriedFrom = new Set(appearances.map((appearance) => appearance.viaId));
  const byId = new Map(appearances.map((appearance) => [appearance.id, appearance]));
  const names = [];
  for (let hop = appearances.find((appearance) => !carriedFrom.has(appearance.id)); hop; hop = hop.viaId ? byId.get(hop.viaId) : undefined) {
    names.push(hop.source.name);
  }
  return names;
}

describe("parsing an article", () => {
  it("matches the seed article's sources and tags to the newsroom's own, and writes nothing", async () => {
    const before = await rowCounts();
    const draft = await parsed();
    expect(await rowCounts()).toEqual(before);

    for (const name of DEMO_SOURCES) {
      expect(draft.sources.find((source) => source.name === name), name).toMatchObject({ matchedSourceId: demoSourceIds.get(name) });
    }
    expect(draft.article).toMatchObject({ publishedAt: "2024-01-26", publisherName: "كويت نيوز" });
    expect(draft.tags).toEqual(TAGS);
    expect(draft.claims.map((claim) => claim.role)).toEqual(["reported", "denial"]);
    expect(draft.related.map((item) => item.headline)).toEqual(["الكرملين: بوتين مستعد للتفاوض مع زيلينسكي إذا لزم الأمر"]);
  });

  it("does not match a merged source: its names live on in the source it was merged into", async () => {
    const kept = await db().source.create({ data: { slug: `kept-${randomUUID()}`, name: "الخليج اليوم", kind: "outlet" } });
    await db().source.create({
      data: { slug: `merged-${randomUUID()}`, name: "نبأ الخليج", kind: "outlet", mergedIntoId: kept.id, deletedAt: new Date() },
    });
    const draft = await parseImport(editor, { text: ARTICLE.replace("المصدر: كويت نيوز", "المصدر: نبأ الخليج") });
    expect(draft.sources.find((source) => source.name === "نبأ الخليج")).toMatchObject({ matchedSourceId: null });
  });

  it("is the desk's: nobody gets 401, a reader 403, an imports token acts as its maker", async () => {
    expect((await refusal(parseImport(anonymous, { text: ARTICLE }))).status).toBe(401);
    expect((await refusal(parseImport(reader, { text: ARTICLE }))).status).toBe(403);
    const { secret } = await createApiToken(admin, { name: "importer", scopes: ["imports_write"] });
    const token = await actorForBearerToken(secret);
    expect((await parseImport(token, { text: ARTICLE })).claims).toHaveLength(2);
  });
});

describe("saving a reviewed import", () => {
  it("writes the reported claim, the denial that denies it, the kept follow-up, the chain, the tags and a story, all drafts, with revisions", async () => {
    const before = await rowCounts();
    const result = await saveImport(editor, { draft: await reviewedDraft() });

    const claims = await db().claim.findMany({
      where: { id: { in: result.claims.map((claim) => claim.id) } },
      include: { tags: { include: { tag: true } }, stories: true, linksFrom: true, claimant: true },
    });
    const byRole = Object.fromEntries(result.claims.map((claim) => [claim.role, claims.find((row) => row.id === claim.id)!]));
    expect(Object.keys(byRole).sort()).toEqual(["context", "denial", "reported"]);
    expect(claims.map((claim) => claim.status)).toEqual(["draft", "draft", "draft"]);
    expect(byRole.reported!.claimant.name).toBe("شخصان مقربان من الكرملين");
    expect(byRole.denial!.claimant.name).toBe("دميتري بيسكوف");
    expect(byRole.denial!.text).toBe("لا، هذا تقرير خاطئ. إنه لا يتوافق مع الواقع على الإطلاق");
    expect(byRole.context!.saidAt.toISOString()).toBe("2025-02-18T00:00:00.000Z");
    expect(byRole.denial!.linksFrom).toEqual([expect.objectContaining({ toClaimId: byRole.reported!.id, type: "denies" })]);
    expect(byRole.context!.linksFrom).toEqual([expect.objectContaining({ toClaimId: byRole.reported!.id, type: "context" })]);
    expect(await chainOf(byRole.reported!.id)).toEqual(["كويت نيوز", "رويترز", "بلومبرج", "شخصان مقربان من الكرملين"]);
    expect(await chainOf(byRole.denial!.id)).toEqual(["كويت نيوز", "رويترز", "دميتري بيسكوف"]);
    for (const claim of claims) {
      expect(claim.tags.map((entry) => entry.tag.name).sort()).toEqual([...TAGS].sort());
      expect(claim.stories.map((entry) => entry.storyId)).toEqual([result.story.id]);
    }

    const story = await db().story.findUniqueOrThrow({ where: { id: result.story.id }, include: { tags: { include: { tag: true } } } });
    expect(story).toMatchObject({ title: "الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا", status: "draft" });
    expect(story.tags.map((entry) => entry.tag.name).sort()).toEqual([...TAGS].sort());

    // Every source was known and the tags existed: only the story, the claims and what hangs on them are new.
    expect(result.sources.every((source) => !source.created)).toBe(true);
    const after = await rowCounts();
    expect({ ...after, revisions: 0 }).toEqual({
      ...before,
      stories: before.stories + 1,
      claims: before.claims + 3,
      appearances: before.appearances + 4 + 3 + 1,
      links: before.links + 2,
      revisions: 0,
      savedImports: before.savedImports + 1,
    });

    const revisions = await db().revision.findMany({ where: { createdAt: { gte: story.createdAt } }, orderBy: { id: "asc" } });
    const actionsOf = (entityId: string) => revisions.filter((revision) => revision.entityId === entityId).map((revision) => revision.action);
    expect(actionsOf(story.id)).toEqual(["create"]);
    expect(actionsOf(byRole.reported!.id)).toEqual(["create"]);
    expect(actionsOf(byRole.denial!.id)).toEqual(["create", "link.denies"]);
    expect(actionsOf(byRole.context!.id)).toEqual(["create", "link.context"]);
    const record = revisions.find((revision) => revision.entityType === "import")!;
    expect(record).toMatchObject({ entityId: result.id, action: "create", actorId: (editor as { id: string }).id });
    // The import's revision keeps the reviewed draft, with the sentence each piece came from.
    expect(JSON.stringify(record.after)).toContain("ورد بيسكوف");
  });

  it("keeps the saved import as a record of its own, which its page reads with the claims as they are now", async () => {
    const draft = await reviewedDraft();
    Object.assign(draft.sources.find((source) => source.name === "دميتري بيسكوف")!, { name: `بيسكوف ${randomUUID().slice(0, 8)}`, matchedSourceId: null });
    const result = await saveImport(editor, { draft });
    const denial = result.claims.find((claim) => claim.role === "denial")!;
    await db().claim.update({ where: { id: denial.id }, data: { status: "published" } });

    const saved = await getSavedImport(result.id);
    expect(saved).toMatchObject({
      story: { id: result.story.id, title: result.story.title, created: true, deletedAt: null },
      links: 2,
      newSources: [{ id: result.sources.find((source) => source.created)!.id, status: "proposed" }],
    });
    expect(saved!.claims.map((claim) => [claim.id, claim.role, claim.status, claim.appearances])).toEqual(
      result.claims.map((claim) => [claim.id, claim.role, claim.id === denial.id ? "published" : "draft", claim.appearanceIds.length]),
    );
    expect([...saved!.tags].sort()).toEqual([...TAGS].sort());
    const row = await db().savedImport.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.draft).toEqual(JSON.parse(JSON.stringify(importDraftSchema.parse(draft))));
    expect(await getSavedImport(randomUUID())).toBeNull();
    expect(await getSavedImport("not-an-id")).toBeNull();
  });

  it("drops a related item the editor did not keep", async () => {
    const result = await saveImport(editor, { draft: await parsed() });
    expect(result.claims.map((claim) => claim.role)).toEqual(["reported", "denial"]);
    expect(result.links).toEqual([{ fromKey: "claim-2", toKey: "claim-1", type: "denies" }]);
  });

  it("creates an unmatched source as proposed for an editor and active for an admin, with the body it speaks for", async () => {
    for (const [actor, status] of [[editor, "proposed"], [admin, "active"]] as const) {
      const draft = await parsed();
      const name = `ديمتري بيسكوف ${randomUUID().slice(0, 8)}`;
      const peskov = draft.sources.find((source) => source.name === "دميتري بيسكوف")!;
      Object.assign(peskov, { name, matchedSourceId: null });

      const result = await saveImport(actor, { draft });
      const created = result.sources.filter((source) => source.created);
      expect(created).toEqual([{ key: peskov.key, id: expect.any(String), status, created: true }]);
      const source = await db().source.findUniqueOrThrow({ where: { id: created[0]!.id } });
      expect(source).toMatchObject({ name, kind: "person", status, affiliationId: demoSourceIds.get("الكرملين"), description: "المتحدث باسم الكرملين" });
      expect(await db().revision.count({ where: { entityType: "source", entityId: source.id, action: "create" } })).toBe(1);
      const denial = result.claims.find((claim) => claim.role === "denial")!;
      expect((await db().claim.findUniqueOrThrow({ where: { id: denial.id } })).claimantId).toBe(source.id);
    }
  });

  it("files the claims under an existing story when the editor picks one, and names a new story as asked", async () => {
    const demoStory = await db().story.findUniqueOrThrow({ where: { slug: DEMO_STORY_SLUG } });
    const stories = await db().story.count();
    const into = await saveImport(editor, { draft: await parsed(), story: { kind: "existing", id: demoStory.id } });
    expect(into.story).toMatchObject({ id: demoStory.id, created: false });
    expect(await db().story.count()).toBe(stories);
    expect(await db().storyClaim.count({ where: { storyId: demoStory.id, claimId: { in: into.claims.map((claim) => claim.id) } } })).toBe(2);

    const named = await saveImport(editor, { draft: await parsed(), story: { kind: "new", title: "نفي الكرملين", status: "published" } });
    expect(named.story).toMatchObject({ title: "نفي الكرملين", status: "published", created: true });
  });

  it("writes nothing when the save fails half-way, and says which field of the draft is wrong", async () => {
    const refusals: [string, (draft: ImportDraft) => ImportDraft | Promise<ImportDraft>, string, string][] = [
      [
        "a source matched to one that no longer exists",
        (draft) => {
          draft.sources.find((source) => source.name === "رويترز")!.matchedSourceId = randomUUID();
          return draft;
        },
        "draft.sources.3.matchedSourceId", // رويترز, the fourth source the parser names
        "المصدر المطابق لم يعد موجودًا",
      ],
      [
        "a source matched to an id no source could have (a hand-edited draft)",
        (draft) => {
          draft.sources.find((source) => source.name === "رويترز")!.matchedSourceId = "abc";
          return draft;
        },
        "draft.sources.3.matchedSourceId",
        "المصدر المطابق لم يعد موجودًا",
      ],
      [
        "a via loop",
        (draft) => {
          draft.appearances[0]!.viaKey = draft.appearances[3]!.key;
          return draft;
        },
        "draft.appearances.0.viaKey",
        "سلسلة الإسناد تدور على نفسها.",
      ],
      [
        // The story, a new source and the first claim are written before the second claim is refused.
        "a second claim too long to store, after a new source and the first claim",
        (draft) => {
          Object.assign(draft.sources.find((source) => source.name === "رويترز")!, { name: `وكالة جديدة ${randomUUID()}`, matchedSourceId: null });
          draft.tags.push(`وسم جديد ${randomUUID().slice(0, 8)}`);
          draft.claims[1]!.text = "ن".repeat(20_001);
          return draft;
        },
        "draft.claims.1.text",
        "يجب ألا يزيد عن 20000 حرف.",
      ],
    ];
    for (const [what, edit, field, message] of refusals) {
      const before = await rowCounts();
      const refused = await refusal(saveImport(editor, { draft: await edit(await reviewedDraft()) }));
      expect(refused.status, what).toBe(422);
      expect(refused.fieldErrors?.[field]?.join(" "), what).toContain(message);
      expect(await rowCounts(), what).toEqual(before);
    }
    const missingStory = await refusal(saveImport(editor, { draft: await parsed(), story: { kind: "existing", id: randomUUID() } }));
    expect(missingStory.fieldErrors).toEqual({ "story.id": ["القصة المختارة غير موجودة."] });
  });

  it("explains what a reviewed draft still lacks, per field, in Arabic or English", async () => {
    const draft = await parsed();
    draft.article.publishedAt = null;
    draft.claims[0]!.text = " ";
    draft.appearances[3]!.url = "kuwait news";
    for (const [locale, expected] of [
      ["ar", { "draft.article.publishedAt": ["تاريخ النشر مطلوب."], "draft.claims.0.text": ["نص الادعاء مطلوب."] }],
      ["en", { "draft.article.publishedAt": ["The publication date is required."], "draft.claims.0.text": ["The claim's text is required."] }],
    ] as const) {
      const refused = await refusal(saveImport(editor, { draft }), locale);
      expect(refused.status).toBe(422);
      expect(refused.fieldErrors).toMatchObject(expected);
      expect(refused.fieldErrors!["draft.appearances.3.url"]![0]).toMatch(locale === "ar" ? /الرابط غير صالح/ : /Not a valid link/);
    }
  });
});

describe("the import API", () => {
  const post = (route: typeof parseRoute, path: string, body: string, headers: Record<string, string> = {}) =>
    route(new NextRequest(`http://localhost${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } }), {
      params: Promise.resolve({}),
    });
  const parse = (body: unknown, headers?: Record<string, string>) => post(parseRoute, "/api/v1/imports/parse", typeof body === "string" ? body : JSON.stringify(body), headers);
  const save = (body: unknown, headers?: Record<string, string>) => post(saveRoute, "/api/v1/imports", JSON.stringify(body), headers);
  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

  it("parses for an editor (200, the draft) and writes nothing", async () => {
    request.actor = editor;
    const before = await rowCounts();
    const { status, body } = await answer(await parse({ text: ARTICLE }, { origin: "http://localhost", host: "localhost" }));
    expect(status).toBe(200);
    expect(body.claims).toHaveLength(2);
    expect(body.sources.find((source: { name: string }) => source.name === "بلومبرج").matchedSourceId).toBe(demoSourceIds.get("بلومبرج"));
    expect(await rowCounts()).toEqual(before);
  });

  it("takes an article sent with its Arabic \\u-escaped, three times its size in JSON", async () => {
    request.actor = editor;
    const escaped = JSON.stringify({ text: ARTICLE.repeat(20) }).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(200 * 1024);
    expect((await parse(escaped)).status).toBe(200);
  });

  it("refuses nobody (401) and readers (403) before reading the body", async () => {
    request.actor = anonymous;
    expect(await answer(await parse("not json", { "content-type": "text/plain" }))).toMatchObject({ status: 401, body: { error: { message: "سجّل الدخول أولًا." } } });
    expect((await save({})).status).toBe(401);
    request.actor = reader;
    expect((await parse({ text: ARTICLE })).status).toBe(403);
    expect((await save({})).status).toBe(403);
  });

  it("answers bad input with a clear 4xx in Arabic, or English when asked", async () => {
    request.actor = editor;
    const cases: [string, Promise<Response>, number, string][] = [
      ["empty text", parse({ text: "  " }), 422, "النص فارغ: الصق نص المقال."],
      ["no text", parse({}), 422, "النص مطلوب."],
      ["text that is not text", parse({ text: 42 }), 422, "النص مطلوب."],
      ["not JSON", parse("{text: نص}"), 400, "نص الطلب ليس JSON صالحًا."],
      ["not sent as JSON", parse(JSON.stringify({ text: ARTICLE }), { "content-type": "text/plain" }), 415, "أرسل الطلب بصيغة JSON."],
      ["JSON named only in a parameter", parse(JSON.stringify({ text: ARTICLE }), { "content-type": "text/plain; x=application/json" }), 415, "أرسل الطلب بصيغة JSON."],
      ["from another site's page, on the session cookie", parse({ text: ARTICLE }, { origin: "https://evil.example", host: "localhost" }), 403, "رُفض الطلب: جاء من صفحة خارج هذا الموقع. أعد المحاولة من صفحات إسناد نفسها."],
      ["over 200 kB", parse({ text: "ب".repeat(110 * 1024) }), 422, "النص أطول من الحد المسموح (200 كيلوبايت)."],
      ["a body far over it", parse({ text: "ب".repeat(310 * 1024) }), 413, "الطلب أكبر من المسموح (600 kB)."],
      ["English", parse({ text: "" }, { "accept-language": "en-GB,en;q=0.9" }), 422, "The text is empty: paste the article."],
    ];
    for (const [what, response, status, message] of cases) {
      const { status: got, body } = await answer(await response);
      expect(got, what).toBe(status);
      expect(body.error.fieldErrors?.text?.[0] ?? body.error.message, what).toBe(message);
    }
  });

  it("saves a reviewed draft (201 with the ids created), and refuses an incomplete one (422) writing nothing", async () => {
    request.actor = editor;
    const draft = (await answer(await parse({ text: ARTICLE }))).body as ImportDraft;
    const { status, body } = await answer(await save({ draft, story: { kind: "new", title: "استيراد عبر الواجهة البرمجية" } }));
    expect(status).toBe(201);
    const result = body as SaveImportResult;
    expect(result).toMatchObject({ id: expect.any(String), story: { id: expect.any(String), created: true, status: "draft" } });
    expect(result.claims.map((claim) => claim.role)).toEqual(["reported", "denial"]);
    expect(await db().claim.count({ where: { id: { in: result.claims.map((claim) => claim.id) }, status: "draft" } })).toBe(2);

    const before = await rowCounts();
    draft.article.publisherName = null;
    const refused = await answer(await save({ draft }, { "accept-language": "en" }));
    expect(refused).toMatchObject({ status: 422, body: { error: { fieldErrors: { "draft.article.publisherName": ["The publisher's name is required."] } } } });
    expect(await rowCounts()).toEqual(before);
  });
});
