/**
 * Permissions in one place: every write goes through lib/permissions.ts.
 *
 * 1. Every use-case exported from lib/ (made with defineUseCase) is called as
 *    nobody, a reader, an editor and an admin: nobody gets 401, a role the
 *    table does not list gets 403, a listed role gets past authorization.
 * 2. Every server action ("use server") and every route handler that accepts
 *    POST/PUT/PATCH/DELETE under app/ is read (statically) and must reach its
 *    data through a use-case (or `authorize`), which then gets the same check.
 *
 * A new mutation that bypasses the table makes this file fail, naming the
 * file and export, and saying what the convention is.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { anonymous, authorize, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { isPublicAction, PERMISSIONS, roleMay, type Action } from "@/lib/permissions";
import type { UseCase } from "@/lib/use-case";
import { actorWithRole } from "./actors";

type AnyUseCase = UseCase<never, unknown>;
type Module = Record<string, unknown>;

const ROOT = process.cwd();
const ROLES: Role[] = ["reader", "editor", "admin"];

/** Route files allowed to accept writes without the permission table, and why. Keep this list short. */
const ROUTES_WITHOUT_PERMISSIONS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in and sign-out (CSRF-protected; sets only the session cookie)",
  "app/preferences/route.ts": "a reader's display preferences (sets only cookies)",
};

const CONVENTION_ACTION = `Convention: a server action runs one use-case from lib/ (made with defineUseCase, whose action is listed in lib/permissions.ts):
  export const createThingAction = formAction(createThing, { revalidate: ["/…"] });
or, for an action called directly rather than bound to a form,
  export async function proposeThingAction(input: …) { const state = await runUseCaseAction(createThing, input); … }
where createThing is imported from "@/lib/<domain>/<verb>". Reads do not belong in a "use server" file.`;

const CONVENTION_ROUTE = `Convention: a route that changes data is
  export const POST = apiMutation(createThing);            // a use-case imported from "@/lib/…"
or
  export const POST = apiRoute(async ({ actor, … }) => { authorize(actor, "thing.write"); … });
If it truly changes nothing the permission table governs, add it to ROUTES_WITHOUT_PERMISSIONS in this file, with the reason.`;

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
    .filter((file) => extensions.some((extension) => file.endsWith(extension)) && !file.endsWith(".d.ts"));
}

const isUseCase = (value: unknown): value is AnyUseCase =>
  typeof value === "function" && "action" in value && "input" in value && typeof (value as { input: { safeParse?: unknown } }).input.safeParse === "function";

// --- 1. the use-cases in lib/ -------------------------------------------------

// Request-bound modules (cookies, headers, page guards) hold no use-cases and cannot load outside a request.
const requestBound = (source: string) => /from "next\/(headers|cache|navigation)"|import "server-only"/.test(source);

const libModules = new Map<string, Module>();
for (const file of filesUnder("lib", [".ts"])) {
  if (file.startsWith("lib/db/generated/") || requestBound(readFileSync(path.join(ROOT, file), "utf8"))) continue;
  libModules.set(file, (await import(/* @vite-ignore */ path.join(ROOT, file))) as Module);
}

const useCaseNames = new Map<AnyUseCase, string>();
for (const [file, exports] of libModules) {
  for (const [name, value] of Object.entries(exports)) {
    if (isUseCase(value) && !useCaseNames.has(value)) useCaseNames.set(value, `${file} ${name}`);
  }
}
const useCases = [...useCaseNames].map(([useCase, name]) => ({ name, useCase }));

// --- 2. the entry points under app/ -----------------------------------------

type EntryPoint = { label: string; action: Action; call: (actor: Actor) => Promise<unknown> };
const entryPoints: EntryPoint[] = [];
const problems: string[] = [];

/** The use-case an identifier names, when the file imports it from a lib/ module. */
function importedUseCase(sourceFile: ts.SourceFile, identifier: string): { useCase: AnyUseCase; name: string } | null {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith("@/lib/") || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (element.name.text !== identifier) continue;
      const exported = (element.propertyName ?? element.name).text;
      const value = libModules.get(`${specifier.slice(2)}.ts`)?.[exported];
      return isUseCase(value) ? { useCase: value, name: useCaseNames.get(value)! } : null;
    }
  }
  return null;
}

function callsIn(node: ts.Node): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child)) calls.push(child);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return calls;
}

const calleeName = (call: ts.CallExpression) => (ts.isIdentifier(call.expression) ? call.expression.text : null);
const hasUseServer = (statements: ts.NodeArray<ts.Statement> | undefined) =>
  statements?.some((statement) => ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === "use server") ?? false;
const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** Exported functions of a module, by name, whether declared or assigned to a const. */
function exportedFunctions(sourceFile: ts.SourceFile): { name: string; node: ts.Node; initializer?: ts.Expression }[] {
  const found: { name: string; node: ts.Node; initializer?: ts.Expression }[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) found.push({ name: statement.name.text, node: statement });
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          found.push({ name: declaration.name.text, node: declaration, initializer: declaration.initializer });
        }
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) found.push({ name: element.name.text, node: element });
    }
  }
  return found;
}

const ACTION_FACTORIES = ["formAction", "runUseCaseAction"];

/** A server action must run a lib/ use-case through formAction or runUseCaseAction. */
function checkServerAction(file: string, sourceFile: ts.SourceFile, name: string, body: ts.Node) {
  const runs = callsIn(body).filter((call) => ACTION_FACTORIES.includes(calleeName(call) ?? ""));
  if (runs.length === 0) {
    problems.push(`${file}: server action "${name}" is not made with formAction(<use-case>, …) and does not call runUseCaseAction(<use-case>, …).\n${CONVENTION_ACTION}`);
    return;
  }
  for (const run of runs) {
    const first = run.arguments[0];
    const target = first && ts.isIdentifier(first) ? importedUseCase(sourceFile, first.text) : null;
    if (!target) {
      problems.push(`${file}: server action "${name}" passes ${calleeName(run)} something that is not a use-case imported from "@/lib/…".\n${CONVENTION_ACTION}`);
      continue;
    }
    entryPoints.push({ label: `${file} ${name} → ${target.name} (${target.useCase.action})`, action: target.useCase.action, call: (actor) => target.useCase.fromUntrusted(actor, {}) });
  }
}

/** A mutating route handler must be apiMutation(<use-case>) or an apiRoute whose handler authorizes or runs a use-case. */
function checkRoute(file: string, sourceFile: ts.SourceFile, name: string, initializer: ts.Expression | undefined) {
  const wrapper = initializer && ts.isCallExpression(initializer) ? initializer : null;
  const wrapperName = wrapper && calleeName(wrapper);
  const first = wrapper?.arguments[0];
  if (wrapperName === "apiMutation" && first && ts.isIdentifier(first)) {
    const target = importedUseCase(sourceFile, first.text);
    if (target) {
      entryPoints.push({ label: `${file} ${name} → ${target.name} (${target.useCase.action})`, action: target.useCase.action, call: (actor) => target.useCase.fromUntrusted(actor, {}) });
      return;
    }
  }
  if (wrapperName === "apiRoute" && first) {
    const calls = callsIn(first);
    const authorizations = calls.filter((call) => calleeName(call) === "authorize").map((call) => call.arguments[1]);
    const ran = calls.flatMap((call) => {
      const callee = calleeName(call);
      const target = callee ? importedUseCase(sourceFile, callee) : null;
      return target ? [target] : [];
    });
    for (const argument of authorizations) {
      const action = argument && ts.isStringLiteral(argument) ? argument.text : null;
      if (action && action in PERMISSIONS) {
        entryPoints.push({ label: `${file} ${name} → authorize("${action}")`, action: action as Action, call: async (actor) => authorize(actor, action as Action) });
      } else {
        problems.push(`${file}: ${name} calls authorize() with something other than an action of lib/permissions.ts written out as a string.\n${CONVENTION_ROUTE}`);
      }
    }
    for (const target of ran) {
      entryPoints.push({ label: `${file} ${name} → ${target.name} (${target.useCase.action})`, action: target.useCase.action, call: (actor) => target.useCase.fromUntrusted(actor, {}) });
    }
    if (authorizations.length > 0 || ran.length > 0) return;
  }
  problems.push(`${file}: ${name} changes data without going through the permission table.\n${CONVENTION_ROUTE}`);
}

const appFiles = filesUnder("app", [".ts", ".tsx"]);
for (const file of appFiles) {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  if (!text.includes("use server") && !/(^|\/)route\.tsx?$/.test(file)) continue;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

  if (hasUseServer(sourceFile.statements)) {
    for (const { name, node, initializer } of exportedFunctions(sourceFile)) checkServerAction(file, sourceFile, name, initializer ?? node);
  } else {
    // Inline server actions: a function whose body starts with "use server".
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && hasUseServer(node.body.statements)) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : `(inline, line ${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1})`;
        checkServerAction(file, sourceFile, name, node.body);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  if (/(^|\/)route\.tsx?$/.test(file) && !(file in ROUTES_WITHOUT_PERMISSIONS)) {
    for (const { name, initializer } of exportedFunctions(sourceFile)) {
      if (["POST", "PUT", "PATCH", "DELETE"].includes(name)) checkRoute(file, sourceFile, name, initializer);
    }
  }
}

// --- the checks ---------------------------------------------------------------

const actors: Record<Role | "anonymous", Actor> = { anonymous, reader: anonymous, editor: anonymous, admin: anonymous };
beforeAll(async () => {
  for (const role of ROLES) actors[role] = await actorWithRole(role);
});

/** What each kind of caller gets: 401, 403, or past authorization (anything else: validation, not found, success). */
async function outcomes(call: (actor: Actor) => Promise<unknown>) {
  const result: Record<string, number | "allowed"> = {};
  for (const [who, actor] of Object.entries(actors)) {
    result[who] = await call(actor).then(
      () => "allowed" as const,
      (error: unknown) => (error instanceof AppError && (error.status === 401 || error.status === 403) ? error.status : ("allowed" as const)),
    );
  }
  return result;
}

const expectedOutcomes = (action: Action) =>
  Object.fromEntries([["anonymous", isPublicAction(action) ? "allowed" : 401], ...ROLES.map((role) => [role, roleMay(role, action) ? "allowed" : 403])]);

describe("every use-case in lib/", () => {
  it("is found (the scan is not vacuous)", () => {
    expect(useCases.length).toBeGreaterThan(15);
    expect(useCases.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["lib/sources/merge-sources.ts mergeSources", "lib/users/save-user.ts saveUser", "lib/claims/record-denial.ts recordDenial"]),
    );
  });

  it.each(useCases.map((entry) => [entry.name, entry] as const))("%s answers nobody 401, other roles by the table", async (_name, { useCase }) => {
    expect(Object.keys(PERMISSIONS), `${useCaseNames.get(useCase)}: its action is missing from lib/permissions.ts`).toContain(useCase.action);
    expect(await outcomes((actor) => useCase.fromUntrusted(actor, {}))).toEqual(expectedOutcomes(useCase.action));
  });
});

describe("every mutating server action and API route", () => {
  it("goes through the permission table", () => {
    expect(problems, problems.join("\n\n")).toEqual([]);
    for (const file of Object.keys(ROUTES_WITHOUT_PERMISSIONS)) expect(appFiles, `ROUTES_WITHOUT_PERMISSIONS names ${file}, which no longer exists`).toContain(file);
  });

  it("is found (the scan is not vacuous)", () => {
    expect(entryPoints.map((entry) => entry.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^app\/admin\/sources\/actions\.ts mergeSourcesAction → /), expect.stringMatching(/^app\/admin\/users\/actions\.ts /)]),
    );
  });

  it.each(entryPoints.map((entry) => [entry.label, entry] as const))("%s", async (_label, { action, call }) => {
    expect(await outcomes(call)).toEqual(expectedOutcomes(action));
  });
});
