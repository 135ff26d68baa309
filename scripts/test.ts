/**
 * `npm test`: every check, in order, stopping at the first failure:
 * the API's client types, typecheck, lint, unit + integration tests (vitest, against a real
 * embedded Postgres), the production build, then end-to-end tests in
 * Chromium against it. Ends with one "N passed, N failed" line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { startBuild } from "./build-freshness";

type Counts = { passed: number; failed: number; skipped: number };
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, command: string, args: string[], counts?: () => Counts) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (counts) {
    const c = counts();
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  }
  if (result.status !== 0) {
    console.log(`✖ ${name} failed after ${seconds} s`);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

function vitestCounts(): Counts {
  const report = readJson("test-results/vitest.json");
  return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0, skipped: report?.numPendingTests ?? 0 };
}

function playwrightCounts(): Counts {
  const stats = readJson("test-results/e2e-report.json")?.stats;
  return { passed: stats?.expected ?? 0, failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0), skipped: stats?.skipped ?? 0 };
}

mkdirSync("test-results", { recursive: true });
const bin = (name: string) => `node_modules/.bin/${name}`;
// The API's client types come from its OpenAPI document as it is now, before anything compiles against them.
step("API types", bin("tsx"), ["scripts/api-types.ts"]);
step("typecheck", bin("tsc"), ["--noEmit"]);
step("lint", bin("eslint"), [".", "--max-warnings=0"]);
step("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"], vitestCounts);
const built = startBuild();
step("production build", bin("next"), ["build"]);
built();
step("end-to-end tests (Chromium)", bin("playwright"), ["test"], playwrightCounts);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
