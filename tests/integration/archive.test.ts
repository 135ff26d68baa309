import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { unclassifiedTables } from "@/lib/archive/archive-catalog";
import { exportArchive } from "@/lib/archive/export-archive";
import { exportCsv } from "@/lib/archive/export-csv";
import { ArchiveError, importArchive } from "@/lib/archive/import-archive";
import { verifyPassword } from "@/lib/auth/password";
import { createClaim } from "@/lib/claims/create-claim";
import { recordDenial } from "@/lib/claims/record-denial";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { createSource } from "@/lib/sources/create-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { createStory } from "@/lib/stories/create-story";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { actorWithRole } from "./actors";

const { templateDatabase, ...server } = inject("testDatabaseServer");
const opened: pg.Client[] = [];
const extraDatabases: string[] = [];

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ ...server, database: "postgres" });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function connect(database?: string): Promise<pg.Client> {
  const client = database ? new pg.Client({ ...server, database }) : new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  opened.push(client);
  return client;
}

/** A new, migrated and empty database on the test server. */
async function emptyDatabase(): Promise<pg.Client> {
  const name = `archive_${randomBytes(6).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase}"`);
  extraDatabases.push(name);
  return connect(name);
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  yield* lines;
}

const rowCount = async (client: pg.Client, table: string) => Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);

let archive = "";

/** The demo story plus generated newsroom work: chains three hops deep, answers, stories, tags, a merge, an affiliation, a token. */
async function fillNewsroom() {
  await seedDemo();
  const admin = await actorWithRole("admin");
  const outlets = [];
  for (let index = 0; index < 12; index += 1) {
    outlets.push(await createSource(admin, { name: `وكالة الأنباء رقم ${index}`, nameEn: `Agency ${index}`, kind: "outlet", aliases: [`الوكالة ${index}`] }));
  }
  const ministry = await createSource(admin, { name: "وزارة الخارجية", kind: "government" });
  const spokesman = await createSource(admin, { name: "المتحدث باسم الوزارة", kind: "person", affiliationId: ministry.id });
  const story = await createStory(admin, { title: "قصة مولدة للأرشيف", status: "published", tags: ["أرشيف", "اختبار"] });
  for (let index = 0; index < 40; index += 1) {
    const [first, second, third] = [outlets[index % 12]!, outlets[(index + 1) % 12]!, outlets[(index + 2) % 12]!];
    const claim = await createClaim(admin, {
      claimantId: first.id,
      saidAt: `2024-02-${String((index % 27) + 1).padStart(2, "0")}`,
      text: index === 0 ? "=HYPERLINK(\"http://example.test\") ادعاء يبدأ بعلامة يساوي" : `ادعاء مولد رقم ${index} عن المفاوضات، «بين قوسين» و"اقتباس"`,
      status: index % 3 === 0 ? "published" : "draft",
      tags: index % 2 === 0 ? ["أرشيف"] : [],
      storyIds: [story.id],
      appearances: [
        { key: "a", sourceId: first.id, url: `https://example.test/${index}/a`, publishedAt: "2024-02-01" },
        { key: "b", sourceId: second.id, viaKey: "a", publishedAt: "2024-02-02" },
        { key: "c", sourceId: third.id, viaKey: "b", quote: "نقلًا عن" },
      ],
    });
    if (index % 4 === 0) {
      await recordDenial(admin, { claimantId: spokesman.id, saidAt: "2024-03-01", text: `نفي رقم ${index}: هذا خبر كاذب`, answersClaimId: claim.id });
    }
  }
  await mergeSources(admin, { keptSourceId: outlets[0]!.id, duplicateSourceId: outlets[11]!.id });
  await createApiToken(admin, { name: "شريك", scopes: [], expiresAt: "" });
  await createWebhook(admin, { url: "https://partner.example.com/isnad", events: ["claim_published", "verdict_changed"] });
}

beforeAll(async () => {
  await fillNewsroom();
  archive = await collect(exportArchive(await connect()));
}, 120_000);

afterAll(async () => {
  await Promise.all(opened.map((client) => client.end().catch(() => {})));
  for (const name of extraDatabases) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("newsroom archive", () => {
  it("knows every table of the schema (archived or left out with a reason)", async () => {
    expect(await unclassifiedTables(await connect())).toEqual([]);
  });

  it("round-trips: export → import into an empty database → export is byte-identical", async () => {
    const target = await emptyDatabase();
    const summary = await importArchive(target, linesOf(archive));
    expect(summary.tables.find((table) => table.table === "Claim")!.rows).toBeGreaterThan(50);
    const again = await collect(exportArchive(target));
    expect(again).toBe(archive);

    // The self-references came through: chains, merges, affiliations.
    expect(Number((await target.query(`SELECT count(*) FROM "Appearance" WHERE "viaId" IS NOT NULL`)).rows[0].count)).toBeGreaterThanOrEqual(80);
    expect(Number((await target.query(`SELECT count(*) FROM "Source" WHERE "mergedIntoId" IS NOT NULL`)).rows[0].count)).toBe(1);
    expect(Number((await target.query(`SELECT count(*) FROM "Source" WHERE "affiliationId" IS NOT NULL`)).rows[0].count)).toBeGreaterThanOrEqual(1);
    expect(await rowCount(target, "Revision")).toBe(await db().revision.count());

    // Sequences go on after the imported ids.
    await target.query(`INSERT INTO "Revision" ("entityType", "entityId", "action") VALUES ('claim', 'x', 'test')`);
  });

  it("carries no secret: imported accounts cannot sign in, imported tokens cannot authenticate, imported webhooks cannot sign", async () => {
    const users = await db().user.findMany({ select: { passwordHash: true } });
    const tokens = await db().apiToken.findMany({ select: { secretHash: true } });
    for (const { passwordHash } of users) expect(archive).not.toContain(passwordHash);
    for (const { secretHash } of tokens) expect(archive).not.toContain(secretHash);
    const webhooks = await db().webhook.findMany({ select: { secret: true } });
    expect(webhooks).toHaveLength(1);
    for (const { secret } of webhooks) expect(archive).not.toContain(secret.slice("whsec_".length));
    expect(await verifyPassword("!exported", "")).toBe(false);
  });

  it("loads into an empty database only, and changes nothing when refused", async () => {
    const filled = await connect();
    const claimsBefore = await rowCount(filled, "Claim");
    await expect(importArchive(filled, linesOf(archive))).rejects.toThrow(/already holds data/);
    expect(await rowCount(filled, "Claim")).toBe(claimsBefore);
  });

  it("refuses a changed row, a truncated file or a foreign file, leaving the database empty", async () => {
    const target = await emptyDatabase();
    const changed = archive.replace("ادعاء مولد رقم 7 ", "ادعاء مولد رقم 8 ");
    expect(changed).not.toBe(archive);
    await expect(importArchive(target, linesOf(changed))).rejects.toThrow(/checksum/);
    const truncated = archive.split("\n").slice(0, -2).join("\n");
    await expect(importArchive(target, linesOf(truncated))).rejects.toThrow(ArchiveError);
    await expect(importArchive(target, linesOf('{"hello":"world"}\n'))).rejects.toThrow(/not an Isnad archive/);
    for (const table of ["User", "Source", "Claim", "Appearance", "Revision"]) expect(await rowCount(target, table)).toBe(0);
  });

  it("writes spreadsheets of claims and sources, with formula-like cells neutralized", async () => {
    const claims = await collect(exportCsv("claims"));
    expect(claims.startsWith("\uFEFFid,status,said_at")).toBe(true);
    expect(claims).toContain(`'=HYPERLINK(`);
    expect(claims).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const published = await db().claim.findFirst({ where: { status: "published", deletedAt: null }, select: { id: true } });
    expect(claims).toContain(published!.id);
    const sources = await collect(exportCsv("sources"));
    expect(sources).toContain("المتحدث باسم الوزارة");
    expect(sources.split("\n").filter((line) => /^[0-9a-f-]{36},/.test(line))).toHaveLength(await db().source.count());
  });
});
