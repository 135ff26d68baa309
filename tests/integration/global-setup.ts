/**
 * One PostgreSQL for the whole integration run: started in a fresh temporary
 * folder, migrated once into a template database that every test file then
 * copies (database-per-file.ts), which is much faster than migrating per file.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";

export type TestDatabaseServer = {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Migrated database to copy with CREATE DATABASE … TEMPLATE. */
  templateDatabase: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "isnad-test-db-"));
  // As root, PostgreSQL runs as the OS user "postgres", which must reach the folder.
  await chmod(folder, 0o755);
  const removeFolder = () => rm(folder, { recursive: true, force: true });

  const templateDatabase = "isnad_template";
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(folder, "pg"),
    port: await freePort(),
    password: randomBytes(12).toString("hex"),
    database: templateDatabase,
  }).catch(async (error: unknown) => {
    await removeFolder();
    throw error;
  });
  const teardown = async () => {
    await server.stop();
    await removeFolder();
  };

  try {
    await applyMigrations(server.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  const { host, port, user, password } = server;
  project.provide("testDatabaseServer", { host, port, user, password, templateDatabase });
  return teardown;
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
