/**
 * Prisma's schema engine (the part behind `prisma migrate`), run from its
 * WebAssembly build. The Prisma CLI would first download a native engine,
 * which these machines cannot do; the Wasm build ships on npm and talks to
 * PostgreSQL through a JS driver adapter (@prisma/adapter-pg) instead.
 *
 * Only the developer tooling (scripts/db.ts, the integration tests) loads
 * this module: it is 5 MB of Wasm. Applying migrations at runtime is
 * lib/db/migrate.ts, which needs plain `pg` only.
 *
 * Driving it needs these workarounds with Prisma 7.10 and PostgreSQL 18;
 * re-check each on every Prisma upgrade (see STACK.md):
 * 1. adapter-pg rejects PostgreSQL's internal `"char"` type (OID 18), which
 *    the engine's catalog queries select (e.g. pg_constraint.contype),
 *    and the engine wants those values typed as Character: `retypeCharColumns`.
 * 2. PostgreSQL 18 lists NOT NULL as pg_constraint rows (contype 'n'), which
 *    crash the engine (prisma/orm#29635): `patchForPostgres18` filters them
 *    out as upstream does (prisma-engines#5819). With workaround 1 they no
 *    longer crash it, but the engine has no use for them either.
 * 3. adapter-pg derives the shadow database from its connection config, but a
 *    connection string overrides the database name, so the "shadow" silently
 *    becomes the main database; it also drops the shadow database before
 *    closing its pool. We create and drop shadow databases ourselves, and
 *    pass host/port/user/database separately: `PostgresAdapterFactory`.
 * 4. The engine never disposes its main connection, and an open pg pool
 *    keeps the process alive for its 10 s idle timeout: every function here
 *    closes all it opened before returning. CLIs still end with
 *    process.exit(), in case an engine upgrade leaves something else.
 * 5. adapter-pg runs scripts by splitting them on ";", which breaks
 *    PL/pgSQL bodies in migrations: `engineAdapter` sends scripts whole.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, MigrationList, SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { defaultMigrationsDir, MIGRATION_LOCKFILE, readMigrations } from "./migrate";

export type SchemaEngineOptions = {
  /** Defaults to prisma/schema.prisma under the current directory (the project root). */
  schemaPath?: string;
  /** Defaults to prisma/migrations under the current directory. */
  migrationsDir?: string;
};

/** Tables and enums the engine should leave alone: none, everything is Prisma's. */
const NO_EXTERNAL_ENTITIES = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------
// Public API

/**
 * The SQL that turns a database shaped like `fromSchema` (or an empty one,
 * for null) into one shaped like `toSchema`, both given as schema.prisma
 * text. Needs no database.
 */
export async function diffSchemaToSql(fromSchema: string | null, toSchema: string): Promise<string> {
  const to = [{ path: "to/schema.prisma", content: toSchema }];
  const from: DiffTarget =
    fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from/schema.prisma", content: fromSchema }] };
  return withSchemaEngine(new OfflineAdapterFactory(), to, (engine) => diffScript(engine, from, { tag: "schemaDatamodel", files: to }));
}

/**
 * The SQL of the next migration: replays every migration into a throwaway
 * shadow database on the server of `databaseUrl` and diffs the result
 * against schema.prisma. Empty when the migrations already match the schema.
 * The database at `databaseUrl` itself is only connected to, never changed.
 */
export async function createMigrationSql(databaseUrl: string, options: SchemaEngineOptions = {}): Promise<string> {
  const schema = await readSchemaFiles(options.schemaPath);
  const migrations = await migrationsTarget(options.migrationsDir);
  return withSchemaEngine(new PostgresAdapterFactory(databaseUrl), schema, (engine) =>
    diffScript(engine, migrations, { tag: "schemaDatamodel", files: schema }),
  );
}

/**
 * The SQL that would bring the database at `databaseUrl` in line with
 * schema.prisma; empty when there is no drift. Hand-written SQL that Prisma
 * cannot express (CHECK constraints, triggers, expression indexes) is
 * invisible here: the engine does not model it.
 */
export async function checkDrift(databaseUrl: string, options: Pick<SchemaEngineOptions, "schemaPath"> = {}): Promise<string> {
  const schema = await readSchemaFiles(options.schemaPath);
  const configDir = path.dirname(schema[0]!.path);
  return withSchemaEngine(new PostgresAdapterFactory(databaseUrl), schema, (engine) =>
    diffScript(engine, { tag: "schemaDatasource", files: schema, configDir }, { tag: "schemaDatamodel", files: schema }),
  );
}

// ---------------------------------------------------------------------------
// Engine

async function diffScript(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<string> {
  // exitCode: true makes the engine tell "no difference" (0) apart from a
  // difference (2); without it an empty diff still prints a comment.
  const result = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_EXTERNAL_ENTITIES });
  return result.exitCode === 0 ? "" : (result.stdout ?? "");
}

type EngineAdapterFactory = SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> };

async function withSchemaEngine<T>(
  factory: EngineAdapterFactory,
  schema: SchemaContainer[],
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const datamodels = schema.map((file): [string, string] => [file.path, file.content]);
  try {
    const engine = await SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await factory.close();
  }
}

/**
 * Where the Wasm glue reports a Rust panic just before trapping (it expects
 * this global). Most panics happen inside futures and surface only as an
 * uncaught "RuntimeError: unreachable" that no caller can catch, so the
 * message is printed here or lost.
 */
const panicRegistry = {
  message: "",
  set_message(message: string) {
    this.message = message;
    console.error(`Prisma schema engine ${message}`);
  },
};

let engineModule: Promise<typeof engineGlue> | undefined;

/**
 * Instantiates the Wasm once per process. The package's own entry point
 * imports the .wasm file as an ES module, which Node cannot do, so we
 * instantiate it by hand with the JS glue as its import object.
 */
function loadSchemaEngine(): Promise<typeof engineGlue> {
  engineModule ??= (async () => {
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineGlue;
  })();
  return engineModule;
}

// ---------------------------------------------------------------------------
// Inputs

async function readSchemaFiles(schemaPath = path.join(process.cwd(), "prisma", "schema.prisma")): Promise<SchemaContainer[]> {
  const absolutePath = path.resolve(schemaPath);
  return [{ path: absolutePath, content: await readFile(absolutePath, "utf8") }];
}

async function migrationsTarget(migrationsDir = defaultMigrationsDir()): Promise<DiffTarget> {
  const lockfilePath = path.join(migrationsDir, MIGRATION_LOCKFILE.name);
  // Before the first migration there is no lockfile yet, and the engine
  // refuses to guess the provider; this project only has one.
  const lockfileContent = await readFile(lockfilePath, "utf8").catch(() => MIGRATION_LOCKFILE.content);
  const migrationsList: MigrationList = {
    baseDir: migrationsDir,
    lockfile: { path: lockfilePath, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories: (await readMigrations(migrationsDir)).map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
    })),
  };
  return { tag: "migrations", ...migrationsList };
}

// ---------------------------------------------------------------------------
// Driver adapters

type ConnectionParts = { host: string; port: number; user: string; password: string; database: string };

function connectionParts(databaseUrl: string): ConnectionParts {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
  };
}

/**
 * Connects the engine to a PostgreSQL server: the database of `databaseUrl`,
 * and shadow databases created next to it on demand.
 */
class PostgresAdapterFactory implements EngineAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly server: ConnectionParts;
  /** The engine does not always dispose what it opened; close() does. */
  private readonly openAdapters = new Set<SqlDriverAdapter>();

  constructor(databaseUrl: string) {
    this.server = connectionParts(databaseUrl);
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.server.database, async () => {});
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowDatabase = `isnad_shadow_${randomUUID().replaceAll("-", "")}`;
    await this.runOnServer(`CREATE DATABASE "${shadowDatabase}"`);
    return this.open(shadowDatabase, () => this.runOnServer(`DROP DATABASE IF EXISTS "${shadowDatabase}" WITH (FORCE)`));
  }

  async close(): Promise<void> {
    await Promise.all([...this.openAdapters].map((adapter) => adapter.dispose()));
  }

  private async open(database: string, afterClose: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ ...this.server, database });
    pool.on("connect", retypeCharColumnsOf);
    const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const adapter = engineAdapter(inner, pool, async () => {
      this.openAdapters.delete(adapter);
      await inner.dispose();
      await afterClose();
    });
    this.openAdapters.add(adapter);
    return adapter;
  }

  private async runOnServer(sql: string): Promise<void> {
    const client = new pg.Client(this.server);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

/** adapter-pg's adapter, with our fixes, as the engine sees it. */
function engineAdapter(inner: SqlDriverAdapter, pool: pg.Pool, dispose: () => Promise<void>): SqlDriverAdapter {
  return {
    ...engineQueryable(inner),
    // adapter-pg splits scripts on every ";", which breaks function bodies
    // ($$ … $$). One simple-protocol query runs the whole script as one
    // implicit transaction, as Prisma's native engine does.
    executeScript: async (script) => {
      await pool.query(script).catch((error: unknown) => {
        throw asDriverAdapterError(error);
      });
    },
    startTransaction: async (isolationLevel) => {
      const transaction = await inner.startTransaction(isolationLevel);
      return {
        ...engineQueryable(transaction),
        options: transaction.options,
        commit: () => transaction.commit(),
        rollback: () => transaction.rollback(),
      } satisfies Transaction;
    },
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose,
  };
}

function engineQueryable(inner: SqlQueryable): SqlQueryable {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    executeRaw: (query) => inner.executeRaw(query),
    queryRaw: async (query) => reportCharColumns(await inner.queryRaw(patchForPostgres18(query))),
  };
}

/** Lets a PostgreSQL error raised outside adapter-pg reach the engine's error messages. */
function asDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError) || !error.code) return error;
  const { code, severity, message, detail, column, hint } = error;
  return new DriverAdapterError({ kind: "postgres", code, severity: severity ?? "ERROR", message, detail, column, hint });
}

// Workaround 2: PostgreSQL 18 NOT NULL constraint rows.
const CHECK_CONSTRAINTS_FILTER = "contype NOT IN ('p', 'u', 'f')";

function patchForPostgres18(query: SqlQuery): SqlQuery {
  if (!query.sql.includes(CHECK_CONSTRAINTS_FILTER)) return query;
  // The engine only wants CHECK and EXCLUDE constraints from this query.
  return { ...query, sql: query.sql.replace(CHECK_CONSTRAINTS_FILTER, "contype IN ('c', 'x')") };
}

// Workaround 1: "char" columns. adapter-pg throws on OID 18 before the
// engine sees any row, and the engine insists on Character values for them.
// So pg reports them as text (which adapter-pg accepts), and we note which
// columns they were, keyed by the rows array adapter-pg passes through.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsOfRows = new WeakMap<unknown[], number[]>();

function reportCharColumns(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumnsOfRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  return resultSet;
}

function retypeCharColumns<T>(result: T): T {
  for (const statementResult of Array.isArray(result) ? result : [result]) {
    if (!statementResult?.fields) continue;
    const { fields, rows } = statementResult as pg.QueryResult;
    const charColumns = fields.flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
    if (charColumns.length === 0) continue;
    for (const index of charColumns) fields[index]!.dataTypeID = TEXT_OID;
    charColumnsOfRows.set(rows, charColumns);
  }
  return result;
}

type AnyQuery = (...args: unknown[]) => unknown;

/** Wraps one pooled client's query(), in both the promise form (adapter-pg) and the callback form (pg.Pool#query). */
function retypeCharColumnsOf(client: pg.PoolClient): void {
  const query = client.query.bind(client) as AnyQuery;
  const retypingQuery: AnyQuery = (...args) => {
    const callback = args.at(-1);
    if (typeof callback !== "function") return (query(...args) as Promise<unknown>).then(retypeCharColumns);
    return query(...args.slice(0, -1), (error: unknown, result: unknown) => callback(error, error ? result : retypeCharColumns(result)));
  };
  client.query = retypingQuery as typeof client.query;
}

/**
 * For schema-to-schema diffs, which need no database: answers the engine's
 * one startup query (the server version probe) and refuses anything else.
 */
class OfflineAdapterFactory implements EngineAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  async connect(): Promise<SqlDriverAdapter> {
    return offlineAdapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return offlineAdapter;
  }

  async close(): Promise<void> {}
}

/** The server the generated SQL targets: the embedded PostgreSQL's version. */
const OFFLINE_SERVER_VERSION = { text: "PostgreSQL 18.4", number: 180004 };

const offlineAdapter: SqlDriverAdapter = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  queryRaw: async (query) => {
    if (!query.sql.includes("server_version_num")) throw new Error(`diffSchemaToSql needs no database, but the engine ran: ${query.sql}`);
    return {
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, OFFLINE_SERVER_VERSION.text, OFFLINE_SERVER_VERSION.number]],
    };
  },
  executeRaw: async () => {
    throw new Error("diffSchemaToSql needs no database");
  },
  executeScript: async () => {
    throw new Error("diffSchemaToSql needs no database");
  },
  startTransaction: async () => {
    throw new Error("diffSchemaToSql needs no database");
  },
  dispose: async () => {},
};
