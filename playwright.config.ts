import { chmodSync, existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One throwaway data folder (embedded Postgres, demo passwords) per run. Set
// here, in the main process, so the workers it forks inherit the same one.
if (!process.env.ISNAD_E2E_DATA_DIR) {
  process.env.ISNAD_E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "isnad-e2e-"));
  // mkdtemp makes it private; the embedded Postgres runs as another OS user when we are root.
  chmodSync(process.env.ISNAD_E2E_DATA_DIR, 0o755);
}
const port = Number(process.env.ISNAD_E2E_PORT ?? 3100);

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined; // else Playwright's own download
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "ar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The same start path a newcomer uses, against its own embedded database.
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      ISNAD_DATA_DIR: process.env.ISNAD_E2E_DATA_DIR,
      ISNAD_DB_PORT: String(port + 20_000),
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      DATABASE_URL: "",
      // The webhooks spec's receiver listens on this machine.
      ISNAD_WEBHOOKS_ALLOW_LOOPBACK: "1",
    },
  },
});
