import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { generateOpenApiTypes, OPENAPI_TYPES_FILE } from "@/lib/api/generate-openapi-types";
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

  it("is a valid OpenAPI 3.1 document, by a maintained validator", async () => {
    // validate() resolves in place: it gets a copy, so the check sees the document as served.
    const result = await validate(JSON.parse(JSON.stringify(openApiDocument("http://localhost:3000"))));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("is what the client types were generated from (npm run api:types, run on install and by npm test)", async () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, "utf8")).toBe(await generateOpenApiTypes());
  });

  it("describes each list's parameters and answer from its zod schemas", () => {
    const list = openApiDocument("http://localhost:3000").paths["/api/v1/claims"]!.get as {
      parameters: { name: string; schema: { type: string; maximum?: number } }[];
      responses: Record<string, { content?: { "application/json": { schema: { required: string[]; additionalProperties: boolean } } } }>;
    };
    expect(list.parameters.map((parameter) => parameter.name)).toEqual(["updated_since", "story", "source", "verdict", "tag", "q", "cursor", "limit"]);
    expect(list.parameters.find((parameter) => parameter.name === "limit")!.schema).toMatchObject({ type: "integer", maximum: 200 });
    const answer = list.responses["200"]!.content!["application/json"].schema;
    expect(answer.required).toEqual(["claims", "removed", "nextCursor"]);
    expect(answer.additionalProperties).toBe(false);
    expect(list.responses).toHaveProperty("304");
  });

  it("documents as not nullable what refuses null, though a draft may hold it (evidence url, an import's date and publisher)", () => {
    const paths = JSON.parse(JSON.stringify(openApiDocument("http://localhost:3000"))).paths;
    // zod writes a nullable string as type ["string", "null"] or as an anyOf with a { type: "null" } branch.
    const nullable = (schema: unknown) => /"type":(\[[^\]]*)?"null"/.test(JSON.stringify(schema));
    const evidenceUrl = paths["/api/v1/claims/{id}/verdict"].put.requestBody.content["application/json"].schema.properties.evidence.items.properties.url;
    expect(nullable(evidenceUrl)).toBe(false);
    const article = paths["/api/v1/imports"].post.requestBody.content["application/json"].schema.properties.draft.properties.article.properties;
    expect(nullable(article.publishedAt)).toBe(false);
    expect(nullable(article.publisherName)).toBe(false);
    // What does accept null still says so.
    expect(nullable(paths["/api/v1/claims/{id}/verdict"].put.requestBody.content["application/json"].schema.properties.evidence.items.properties.archivedUrl)).toBe(true);
  });
});
