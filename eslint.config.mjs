import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering, as arrows that may not be drawn (docs/architecture.md): a new
// import against them fails `npm test`. Folder-level loops inside lib/ are
// caught by tests/unit/lib-layering.test.ts.
const forbid = (...groups) => ["error", { patterns: groups.map(([group, message]) => ({ group: [group].flat(), message })) }];
const DATA = [["@/lib/db/*", "UI does not reach the database: read through a query in lib/ (the reader's in lib/reader/)."]];
const ROUTES = [["@/app/*", "Route files are entry points: move what is shared into components/ or lib/."]];
const UI = [["@/components/*", "lib/ is below the UI: move screen logic to components/, or pass what lib/ needs as data."]];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next*/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Logical properties only: physical left/right breaks the switch between RTL and LTR.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='className'] Literal[value=/(^|\\s)(ml|mr|pl|pr|left|right|text-left|text-right|border-l|border-r|rounded-l|rounded-r)-/]",
          message: "Use logical classes (ms-/me-/ps-/pe-/start-/end-/text-start/text-end) so RTL and LTR both work.",
        },
      ],
    },
  },
  // UI → data, and components → route files.
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": forbid(...DATA, ...ROUTES) } },
  { files: ["app/**/*.tsx"], rules: { "no-restricted-imports": forbid(...DATA) } },
  // Use-cases and queries → app/ or components/.
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/db/**"], rules: { "no-restricted-imports": forbid(...ROUTES, ...UI) } },
  // The database layer → anything above it: it may use only itself, runtime settings and plain text functions.
  {
    files: ["lib/db/**/*.ts"],
    rules: {
      "no-restricted-imports": forbid(...ROUTES, ...UI, [["@/lib/*", "!@/lib/db", "!@/lib/runtime", "!@/lib/text"], "lib/db is the bottom layer: it may import only lib/db, lib/runtime and lib/text."]),
    },
  },
]);
