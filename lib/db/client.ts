import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export type { Prisma } from "./generated/client.ts";
export type Db = PrismaClient;
/** A Prisma client or an interactive transaction: what use-cases write through. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForPrisma = globalThis as unknown as { isnadPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return new PrismaClient({ adapter: new PrismaPg({
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Fail fast when the database is down, so /api/health can answer 503.
      connectionTimeoutMillis: 5_000,
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
