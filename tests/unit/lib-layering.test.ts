/**
 * lib/ is layered: no two of its parts import each other, however
 * indirectly. A part is a folder under lib/ (lib/claims, lib/reader, …) or a
 * file at lib/'s top (lib/use-case.ts, lib/permissions.ts, …). A loop between
 * parts means neither can be understood, tested or moved without the other;
 * this test names the files that close it. (Which way each arrow may point is
 * ESLint's job: see the no-restricted-imports rules in eslint.config.mjs.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;

const libFiles = readdirSync(path.join(ROOT, "lib"), { recursive: true, encoding: "utf8" })
  .map((file) => `lib/${file.split(path.sep).join("/")}`)
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("lib/db/generated/"));

/** The part of lib/ a file belongs to. */
const partOf = (file: string) => {
  const [, first, ...rest] = file.split("/");
  return rest.length ? `lib/${first}` : file;
};

/** The lib/ files a file imports (values and types alike: a type import ties two parts together too). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, path.join(ROOT, file), config.options, ts.sys).resolvedModule?.resolvedFileName;
    const relative = resolved && path.relative(ROOT, resolved).split(path.sep).join("/");
    return relative?.startsWith("lib/") && !relative.startsWith("lib/db/generated/") ? [relative] : [];
  });
}

/** Between parts: which part imports which, with one file pair that does it (for the message). */
function partGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of libFiles) {
    for (const imported of importsOf(file)) {
      const [from, to] = [partOf(file), partOf(imported)];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${file} → ${imported}`);
    }
  }
  return graph;
}

/** The strongly connected groups of more than one part (Tarjan): each holds a loop. */
function loops(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (part: string) => {
    index.set(part, counter);
    low.set(part, counter++);
    stack.push(part);
    onStack.add(part);
    for (const next of graph.get(part)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(part, Math.min(low.get(part)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(part, Math.min(low.get(part)!, index.get(next)!));
    }
    if (low.get(part) !== index.get(part)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === part) break;
    }
    if (group.length > 1) found.push(group.sort());
  };
  for (const part of graph.keys()) if (!index.has(part)) visit(part);
  return found;
}

describe("lib/'s import graph", () => {
  it("has no loop between its parts", () => {
    const graph = partGraph();
    const described = loops(graph).map((group) =>
      group.flatMap((from) => group.flatMap((to) => (graph.get(from)?.has(to) ? [graph.get(from)!.get(to)!] : []))).join("\n  "),
    );
    expect(described, `loops between parts of lib/:\n  ${described.join("\n\n  ")}`).toEqual([]);
  });

  it("sees the imports it judges: a loop made on purpose is found", () => {
    const graph = new Map([
      ["lib/a", new Map([["lib/b", "a → b"]])],
      ["lib/b", new Map([["lib/c", "b → c"]])],
      ["lib/c", new Map([["lib/a", "c → a"]])],
    ]);
    expect(loops(graph)).toEqual([["lib/a", "lib/b", "lib/c"]]);
    expect(importsOf("lib/use-case.ts")).toEqual(expect.arrayContaining(["lib/auth/actor.ts", "lib/permissions.ts"]));
  });
});
