import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export type { Prisma } from "./generated/client.ts";
export type Db = PrismaClient;
/** A Prisma client or an interactive transaction: what use-cases write through. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * The word similarity at which pg_trgm's `<%` operator (the one the trigram
 * indexes serve) matches on every connection: low enough for a one-letter
 * spelling variant of a short name (بلومبرج / بلومبرغ), high enough that
 * unrelated names sharing a few letters stay out. A query that needs a
 * stricter match adds word_similarity(…) >= its own threshold.
 */
export const TRIGRAM_WORD_SIMILARITY = 0.45;

const globalForPrisma = globalThis as unknown as { isnadPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return new PrismaClient({ adapter: new PrismaPg({
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // A request that finds every connection busy gives up quickly (the
      // caller answers 503 with Retry-After) rather than queueing for seconds;
      // the same bound makes a database that is down fail fast.
      connectionTimeoutMillis: Number(process.env.DATABASE_POOL_WAIT_MS ?? 1_000),
      // Set per connection, not per transaction: every statement, in or out of
      // a transaction, is bounded, and no SET LOCAL round trip can outlive an
      // interactive transaction's own timeout.
      statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 5_000),
      options: `-c pg_trgm.word_similarity_threshold=${TRIGRAM_WORD_SIMILARITY}`,
    }) });
}

/**
 * The one Prisma client of this process, created on first use so that
 * scripts and tests can set DATABASE_URL before anything touches the database.
 * Kept on globalThis so Next's dev reloads do not open a pool per reload.
 */
export function db(): PrismaClient {
  globalForPrisma.isnadPrisma ??= createClient();
  return globalForPrisma.isnadPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.isnadPrisma?.$disconnect();
  globalForPrisma.isnadPrisma = undefined;
}
