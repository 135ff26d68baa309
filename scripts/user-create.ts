/**
 * `npm run user:create -- --email E --role admin|editor|reader [--password P] [--name N]`
 *
 * Creates a user, or updates the one with that email (role, password, name),
 * and prints a generated password when none is given. Works against the
 * app's own database whether the app is running or not: DATABASE_URL, else
 * the embedded PostgreSQL in the data folder (see lib/db/local-database.ts).
 */
import { parseArgs } from "node:util";
import { systemActor } from "@/lib/auth/actor";
import { generatePassword } from "@/lib/auth/password";
import { disconnectDb } from "@/lib/db/client";
import { openLocalDatabase } from "@/lib/db/local-database";
import { applyMigrations } from "@/lib/db/migrate";
import { errorBody } from "@/lib/http/error-body";
import { saveUser } from "@/lib/users/save-user";
import { runCommand } from "@/lib/runtime/run-command";

const USAGE = "Usage: npm run user:create -- --email E --role admin|editor|reader [--password P] [--name N]";

async function main(): Promise<number> {
  let options: { email?: string; role?: string; password?: string; name?: string };
  try {
    options = parseArgs({
      options: { email: { type: "string" }, role: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!options.email || !options.role) {
    console.error(USAGE);
    return 2;
  }

  const database = await openLocalDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations(database.url);
    const password = options.password ?? generatePassword();
    const { user, created } = await saveUser(systemActor("user:create"), {
      email: options.email,
      role: options.role as never, // validated by the use-case, which names the allowed roles
      password,
      ...(options.name ? { name: options.name } : {}),
    });
    console.log(`${created ? "Created" : "Updated"} ${user.role} ${user.email}.`);
    if (!options.password) console.log(`Password: ${password}`);
    return 0;
  } catch (error) {
    const { error: body } = errorBody(error, "en");
    const details = Object.entries(body.fieldErrors ?? {}).map(([field, messages]) => `  --${field}: ${messages.join(" ")}`);
    console.error([body.message, ...details].join("\n"));
    return body.status === 500 ? 1 : 2;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

runCommand(main);
