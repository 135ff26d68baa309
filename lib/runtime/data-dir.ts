import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The folder for everything a local install keeps: the embedded database, its secrets. */
export function dataDir(): string {
  return path.resolve(process.env.ISNAD_DATA_DIR ?? ".data");
}

export type LocalSecrets = {
  /** Password of the embedded Postgres superuser. */
  databasePassword: string;
  /** Signs next-auth session tokens when NEXTAUTH_SECRET is not set. */
  authSecret: string;
};

/**
 * Secrets generated on first start and kept in the data folder (never in the
 * repository), so restarts keep sessions valid and the database reachable.
 */
export function localSecrets(dir = dataDir()): LocalSecrets {
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const secrets: LocalSecrets = {
    databasePassword: randomBytes(18).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
