import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// What the production build is made from. A change to any of these means
// `npm start` builds again; otherwise it reuses .next/.
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const distDir = () => process.env.ISNAD_DIST_DIR ?? ".next";
const stampFile = () => path.join(distDir(), "isnad-build-inputs");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) return yield entry;
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

function inputsDigest(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(input)) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return existsSync(path.join(distDir(), "BUILD_ID")) && existsSync(stampFile()) && readFileSync(stampFile(), "utf8") === inputsDigest();
}

/**
 * Takes the inputs' digest before a build and returns what to call once it
 * succeeded: a file edited during the build then still counts as unbuilt.
 */
export function startBuild(): () => void {
  const digest = inputsDigest();
  return () => writeFileSync(stampFile(), digest);
}
