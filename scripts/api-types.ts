/**
 * Writes lib/api/generated/openapi-types.ts from the OpenAPI document (npm run api:types; also on install).
 */
import { createRequire } from "node:module";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { runCommand } from "@/lib/runtime/run-command";

/** An install without dev dependencies (a production server's) has no tests, so it needs no client types. */
function devToolsInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("openapi-typescript");
    return true;
  } catch {
    return false;
  }
}

runCommand(async () => {
  if (process.argv.includes("--on-install") && !devToolsInstalled()) return 0;
  const { generateOpenApiTypes, OPENAPI_TYPES_FILE } = await import("@/lib/api/generate-openapi-types");
  await mkdir(path.dirname(OPENAPI_TYPES_FILE), { recursive: true });
  await writeFile(OPENAPI_TYPES_FILE, await generateOpenApiTypes());
  console.log(`Wrote ${OPENAPI_TYPES_FILE}.`);
  return 0;
});
