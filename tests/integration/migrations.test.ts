/**
 * The migrations folder against schema.prisma, the migration runner's
 * bookkeeping, and the hand-written SQL rules the drift check cannot see.
 * Runs on this file's copy of the migrated template database.
 */
import { createHash, randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationsDir, migrationStatus, readMigrations } from "@/lib/db/migrate";
import { checkDrift } from "@/lib/db/schema-engine";

const databaseUrl = process.env.DATABASE_URL!;
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});
afterAll(() => db.end());

describe("migrations", () => {
  it("produce exactly schema.prisma", async () => {
    const drift = await checkDrift(databaseUrl);
    expect(drift, "prisma/migrations is behind schema.prisma: npm run db:new -- <name> writes the missing migration").toBe("");
  });

  it("are recorded in _prisma_migrations as Prisma records them", async () => {
    const migrations = await readMigrations();
    const { rows } = await db.query(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const row of rows) {
      const file = await readFile(path.join(defaultMigrationsDir(), row.migration_name, "migration.sql"));
      expect(row).toMatchObject({
        checksum: createHash("sha256").update(file).digest("hex"),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("apply nothing when already applied", async () => {
    const before = await db.query(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(await applyMigrations(databaseUrl)).toEqual([]);
    const after = await db.query(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(after.rows).toEqual(before.rows);
    expect(await migrationStatus(databaseUrl)).toEqual({
      applied: before.rows.map((row) => row.migration_name),
      pending: [],
      problems: [],
      unknown: [],
    });
  });

  it("refuse to run when an applied migration was edited", async () => {
    await withRecordChanged(`checksum = repeat('0', 64)`, async () => {
      await expect(applyMigrations(databaseUrl)).rejects.toThrow(/was edited after it was applied/);
      expect((await migrationStatus(databaseUrl)).problems).toHaveLength(1);
    });
  });

  it("refuse to run while a failed migration is recorded", async () => {
    await withRecordChanged(`finished_at = NULL, logs = 'boom'`, async () => {
      await expect(applyMigrations(databaseUrl)).rejects.toThrow(/failed earlier.*boom/);
    });
  });

  it("roll back a failing migration completely and record nothing", async () => {
    const migrationsDir = await migrationsWith("99999999999999_fails", `CREATE TABLE "Leftover" (id int);\nSELECT 1/0;\n`);
    try {
      await expect(applyMigrations(databaseUrl, { migrationsDir })).rejects.toThrow(
        /99999999999999_fails failed and was rolled back: division by zero/,
      );
      const leftovers = await db.query(
        `SELECT to_regclass('"Leftover"') AS "table", (SELECT count(*)::int FROM "_prisma_migrations" WHERE migration_name = '99999999999999_fails') AS records`,
      );
      expect(leftovers.rows[0]).toEqual({ table: null, records: 0 });
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});

describe("hand-written rules", () => {
  let claimA: string;
  let claimB: string;

  beforeAll(async () => {
    const source = await insert(`INSERT INTO "Source" (id, slug, name, kind, "updatedAt") VALUES (gen_random_uuid(), 'reuters', 'رويترز', 'agency', now())`);
    const insertClaim = `INSERT INTO "Claim" (id, "claimantId", "saidAt", text, "updatedAt") VALUES (gen_random_uuid(), $1, now(), $2, now())`;
    claimA = await insert(insertClaim, [source, "ادعاء"]);
    claimB = await insert(insertClaim, [source, "نفي"]);
  });

  /** An appearance of `claimId` carried via `viaId`; returns its id. */
  async function appearance(claimId: string, viaId: string | null = null): Promise<string> {
    const sourceId = (await db.query(`SELECT "claimantId" FROM "Claim" WHERE id = $1`, [claimId])).rows[0].claimantId;
    return insert(
      `INSERT INTO "Appearance" (id, "claimId", "sourceId", "viaId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now())`,
      [claimId, sourceId, viaId],
    );
  }

  it("refuse a via chain that loops", async () => {
    const first = await appearance(claimA);
    const second = await appearance(claimA, first);
    const third = await appearance(claimA, second);
    await expect(db.query(`UPDATE "Appearance" SET "viaId" = $1 WHERE id = $2`, [third, first])).rejects.toMatchObject({
      code: "23514",
      message: "isnad:appearance_via_cycle",
    });
    await expect(db.query(`UPDATE "Appearance" SET "viaId" = id WHERE id = $1`, [first])).rejects.toMatchObject({ code: "23514" });
  });

  it("refuse a via to an appearance of another claim", async () => {
    const ofA = await appearance(claimA);
    await expect(appearance(claimB, ofA)).rejects.toMatchObject({ code: "23514", message: "isnad:appearance_via_other_claim" });
  });

  it("refuse moving an appearance away from the appearances carried via it", async () => {
    const carrier = await appearance(claimA);
    await appearance(claimA, carrier);
    await expect(db.query(`UPDATE "Appearance" SET "claimId" = $1 WHERE id = $2`, [claimB, carrier])).rejects.toMatchObject({
      message: "isnad:appearance_via_other_claim",
    });
  });

  it("refuse a link from a claim to itself", async () => {
    await expect(
      db.query(`INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", type) VALUES (gen_random_uuid(), $1, $1, 'denies')`, [claimA]),
    ).rejects.toMatchObject({ code: "23514", constraint: "ClaimLink_not_self_check" });
  });

  it("store the Arabic full-text vector of claims with the words' transliteration keys, generated from searchText", async () => {
    const { rows } = await db.query(
      `SELECT attgenerated, pg_get_expr(adbin, adrelid) AS expression FROM pg_attribute JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum
       WHERE attrelid = '"Claim"'::regclass AND attname = 'searchVector'`,
    );
    expect(rows[0]).toEqual({
      attgenerated: "s",
      expression: `(to_tsvector('arabic'::regconfig, "searchText") || array_to_tsvector(transliteration_keys("searchText")))`,
    });
  });

  it("count each lexeme's claims in SearchTerm on insert, edit and delete", async () => {
    const claims = async (lexeme: string) =>
      (await db.query(`SELECT claims FROM "SearchTerm" WHERE lexeme = $1`, [lexeme])).rows[0]?.claims ?? 0;
    const [before] = await Promise.all([claims("zanzibar")]);
    await db.query(`UPDATE "Claim" SET "searchText" = 'zanzibar zanzibar quokka' WHERE id = $1`, [claimA]);
    expect([await claims("zanzibar"), await claims("quokka")]).toEqual([before + 1, 1]);
    await db.query(`UPDATE "Claim" SET "searchText" = 'quokka' WHERE id = $1`, [claimA]);
    expect([await claims("zanzibar"), await claims("quokka")]).toEqual([before, 1]);
    await db.query(`UPDATE "Claim" SET "searchText" = '' WHERE id = $1`, [claimA]);
    expect(await claims("quokka")).toBe(0);
  });

  it("backfill SavedImport from the import revisions saved before it", async () => {
    const sql = await readFile(path.join(defaultMigrationsDir(), "20261208001339_saved_imports", "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Backfill (hand-written)"));
    const importId = randomUUID();
    const story = await insert(`INSERT INTO "Story" (id, slug, title, "updatedAt") VALUES (gen_random_uuid(), $1, 'قصة', now())`, [`s-${importId}`]);
    const claimant = (await db.query(`SELECT "claimantId" FROM "Claim" WHERE id = $1`, [claimA])).rows[0].claimantId;
    const after = {
      id: importId,
      story: { id: story, slug: `s-${importId}`, title: "قصة", status: "draft", created: true },
      claims: [
        { key: "claim-1", id: claimA, role: "reported", appearanceIds: [randomUUID(), randomUUID()] },
        { key: "claim-2", id: claimB, role: "denial", appearanceIds: [randomUUID()] },
        { key: "claim-3", id: randomUUID(), role: "context", appearanceIds: [] },
      ],
      sources: [{ key: "source-1", id: claimant, status: "active", created: false }],
      links: [{ fromKey: "claim-2", toKey: "claim-1", type: "denies" }],
      tags: ["روسيا"],
      draft: { article: { headline: "قصة" } },
    };
    await db.query("BEGIN");
    try {
      await db.query(`INSERT INTO "Revision" ("entityType", "entityId", action, after) VALUES ('import', $1, 'create', $2)`, [importId, after]);
      await db.query(backfill);
      const saved = await db.query(`SELECT "storyId", "storyCreated", tags, "linkCount", draft FROM "SavedImport" WHERE id = $1`, [importId]);
      expect(saved.rows).toEqual([{ storyId: story, storyCreated: true, tags: ["روسيا"], linkCount: 1, draft: after.draft }]);
      const claims = await db.query(`SELECT "claimId", position, key, role, "appearanceCount" FROM "SavedImportClaim" WHERE "importId" = $1 ORDER BY position`, [importId]);
      // A claim that no longer exists is left out rather than failing the migration.
      expect(claims.rows).toEqual([
        { claimId: claimA, position: 0, key: "claim-1", role: "reported", appearanceCount: 2 },
        { claimId: claimB, position: 1, key: "claim-2", role: "denial", appearanceCount: 1 },
      ]);
      const sources = await db.query(`SELECT key, position, "sourceId", created FROM "SavedImportSource" WHERE "importId" = $1`, [importId]);
      expect(sources.rows).toEqual([{ key: "source-1", position: 0, sourceId: claimant, created: false }]);
    } finally {
      await db.query("ROLLBACK");
    }
  });

  it.each([
    ["Source_credibility_check", `UPDATE "Source" SET credibility = 6`],
    ["Source_not_merged_into_self_check", `UPDATE "Source" SET "mergedIntoId" = id`],
    ["Source_not_affiliated_with_self_check", `UPDATE "Source" SET "affiliationId" = id`],
    [
      "VerdictLevel_ratingValue_check",
      `INSERT INTO "VerdictLevel" (id, key, "labelAr", "labelEn", "ratingValue", color, position) VALUES (gen_random_uuid(), 'x', 'x', 'x', 0, '#000', 0)`,
    ],
  ])("enforce %s", async (constraint, sql) => {
    await expect(db.query(sql)).rejects.toMatchObject({ code: "23514", constraint });
  });
});

/** Runs `check` while the first migration's record has `assignments` applied, then restores it. */
async function withRecordChanged(assignments: string, check: () => Promise<void>): Promise<void> {
  const { rows } = await db.query(`SELECT * FROM "_prisma_migrations" ORDER BY started_at LIMIT 1`);
  const original = rows[0];
  await db.query(`UPDATE "_prisma_migrations" SET ${assignments} WHERE id = $1`, [original.id]);
  try {
    await check();
  } finally {
    await db.query(`UPDATE "_prisma_migrations" SET checksum = $2, finished_at = $3, logs = $4 WHERE id = $1`, [
      original.id,
      original.checksum,
      original.finished_at,
      original.logs,
    ]);
  }
}

/** A copy of prisma/migrations with one more migration; the caller removes it. */
async function migrationsWith(name: string, sql: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "isnad-migrations-"));
  await cp(defaultMigrationsDir(), folder, { recursive: true });
  await mkdir(path.join(folder, name));
  await writeFile(path.join(folder, name, "migration.sql"), sql);
  return folder;
}

async function insert(sql: string, values: unknown[] = []): Promise<string> {
  const { rows } = await db.query(`${sql} RETURNING id`, values);
  return rows[0].id;
}
