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

// The importer's parser, in the order its stages run (docs/architecture.md):
// a stage may use the stages before it and the draft's contract, never a later
// stage, the review logic or the use-cases at lib/import's top. Across stages
// imports name the stage ("@/lib/import/tokenize/…"), so "../" is refused.
const IMPORT_STAGES = ["lexicon", "sections", "tokenize", "entities", "coreference", "statements", "stance", "links"];
const IMPORT_CONTRACT = "@/lib/import/import-draft.types";
const PARENT_FOLDER = { regex: "^\\.\\./", message: "Across the importer's folders, import by path (@/lib/import/<stage>/…), so the stage order is checked." };
/** A folder of lib/import that may import, of the importer, only the contract and the folders listed. */
const importerFolder = (folder, allowed, message) => {
  const rule = forbid(...ROUTES, ...UI, [["@/lib/import/*", `!${IMPORT_CONTRACT}`, ...[folder, ...allowed].map((name) => `!@/lib/import/${name}`)], message]);
  rule[1].patterns.push(PARENT_FOLDER);
  return { files: [`lib/import/${folder}/**/*.ts`], rules: { "no-restricted-imports": rule } };
};
const IMPORT_LAYERING = [
  ...IMPORT_STAGES.map((stage, index) => {
    const earlier = IMPORT_STAGES.slice(0, index);
    return importerFolder(
      stage,
      earlier,
      `lib/import/${stage} is a stage of the parser: it may import only ${[...earlier.map((name) => `lib/import/${name}`), "import-draft.types"].join(", ")}; never a later stage, the review or a use-case.`,
    );
  }),
  // The review's edits run in the browser too: the draft's contract is all they know of the importer.
  importerFolder("review", [], "lib/import/review edits a draft: it may import only import-draft.types of the importer, never the parser or a use-case."),
];

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
  // The importer's stages → a later stage, the review logic or the use-cases.
  ...IMPORT_LAYERING,
  // The database layer → anything above it: it may use only itself, runtime settings and plain text functions.
  {
    files: ["lib/db/**/*.ts"],
    rules: {
      "no-restricted-imports": forbid(...ROUTES, ...UI, [["@/lib/*", "!@/lib/db", "!@/lib/runtime", "!@/lib/text"], "lib/db is the bottom layer: it may import only lib/db, lib/runtime and lib/text."]),
    },
  },
]);
