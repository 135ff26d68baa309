/**
 * `npm start`: everything a newcomer needs, from a fresh clone to a running
 * production server. Uses DATABASE_URL when set; otherwise runs a real
 * embedded PostgreSQL with its data in ISNAD_DATA_DIR (default .data/).
 * Then: migrations, demo data and accounts, a production build when the
 * sources changed, and the production server (scripts/serve.ts; `next dev`
 * with --dev). Ctrl-C stops the app, then the database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureDemoAccounts } from "@/lib/demo/demo-accounts";
import { seedDemo } from "@/lib/demo/seed-demo";
import { dataDir, localSecrets } from "@/lib/runtime/data-dir";
import { isBuildCurrent, startBuild } from "./build-freshness";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const log = (message: string) => console.log(`[isnad] ${message}`);

async function main() {
  const started = Date.now();
  const dir = dataDir();
  const secrets = localSecrets(dir);
  let stopDatabase = async () => {};

  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.ISNAD_DB_PORT ?? 54329);
    const clusterDir = path.join(dir, "pg");
    log(`starting embedded PostgreSQL (data in ${clusterDir}, port ${dbPort})`);
    const database = await startEmbeddedPostgres({
      clusterDir,
      port: dbPort,
      password: secrets.databasePassword,
      // The app answers 503 meanwhile (lib/http/outage-answer.ts) and recovers by itself once it is back.
      keepAlive: {
        onExit: (how) => log(`the embedded PostgreSQL stopped (${how}); restarting it`),
        onRestarted: (afterMs) => log(`the embedded PostgreSQL is running again (after ${(afterMs / 1000).toFixed(1)} s)`),
        onGiveUp: (how) => {
          console.error(
            `[isnad] The embedded PostgreSQL stopped (${how}) and could not be restarted for a minute, so Isnad is stopping: ` +
              `check that port ${dbPort} is free and ${clusterDir} is intact, then run npm start again.`,
          );
          void stopAll.run(1);
        },
      },
    });
    process.env.DATABASE_URL = database.url;
    stopDatabase = database.stop;
  }
  const stopAll = onShutdown(async () => {
    await disconnectDb();
    await stopDatabase();
  });

  await applyMigrations(process.env.DATABASE_URL!, { log });
  let accounts: Awaited<ReturnType<typeof ensureDemoAccounts>> = [];
  if (process.env.ISNAD_DEMO_DATA !== "off") {
    const { loaded } = await seedDemo();
    log(loaded ? "demo story loaded" : "demo story already present");
    accounts = await ensureDemoAccounts(dir);
  }
  await disconnectDb();

  const dev = process.argv.includes("--dev");
  if (!dev && !isBuildCurrent()) {
    log("building the production app (first start or changed sources; about a minute)…");
    const built = startBuild();
    const build = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build failed");
    built();
  }

  const env = {
    ...process.env,
    NODE_ENV: dev ? ("development" as const) : ("production" as const),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const command = dev ? [nextBin(), "dev", "-p", String(port), "-H", host] : ["--import", "tsx", path.join(import.meta.dirname, "serve.ts")];
  const server = spawn(process.execPath, command, { stdio: "inherit", env: { ...env, PORT: String(port), HOST: host } });
  stopAll.add(server);
  server.on("exit", (code) => void stopAll.run(code ?? 0));

  await waitForHealth(`http://127.0.0.1:${port}/api/health`);
  log(`Isnad is running at http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const account of accounts) log(`sign in as ${account.role}: ${account.email} / ${account.password}`);
  if (accounts.length) log(`(demo passwords are kept in ${path.join(dir, "demo-accounts.json")})`);
}

const nextBin = () => path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function waitForHealth(url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not answer at ${url}`);
}

/** Stops the server first, then the database, once, whatever asked for it. */
function onShutdown(stopDatabase: () => Promise<void>) {
  const children: ChildProcess[] = [];
  let stopping = false;
  const run = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
    await stopDatabase();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void run(0));
  return { add: (child: ChildProcess) => children.push(child), run };
}

main().catch((error: unknown) => {
  console.error(`[isnad] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
