import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS, openApiDocument } from "@/lib/api/openapi";

const API_ROOT = path.join("app", "api", "v1");

/** Every "METHOD /api/v1/…" a route file under app/api/v1 exports, with [param] written {param}. */
function routesInApp(dir = API_ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routesInApp(full);
    if (name !== "route.ts" || full.includes("openapi.json")) return [];
    const route = "/" + path.dirname(full).split(path.sep).join("/").replace(/^app\//, "").replace(/\[(\w+)\]/g, "{$1}");
    const methods = [...readFileSync(full, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
    return methods.map((match) => `${match[1]} ${route}`);
  });
}

describe("the OpenAPI document", () => {
  it("describes exactly the routes under app/api/v1", () => {
    const documented = API_OPERATIONS.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`).sort();
    expect(documented).toEqual(routesInApp().sort());
  });

  it("gives every write its JSON body schema from the use-case's zod schema", () => {
    const document = openApiDocument("http://localhost:3000");
    const denials = document.paths["/api/v1/claims/{id}/denials"]!.post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown>; required: string[] } } } } };
    const schema = denials.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["claimantId", "saidAt", "text"]));
    expect(schema.properties).not.toHaveProperty("answersClaimId");
    expect(document.openapi).toBe("3.1.0");
  });
});
