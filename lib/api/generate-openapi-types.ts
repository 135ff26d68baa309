import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "./openapi";

export const OPENAPI_TYPES_FILE = "lib/api/generated/openapi-types.ts";

/**
 * The TypeScript types of the API as its OpenAPI document describes it
 * (openapi-typescript), for clients written from the document alone, such as
 * the API tests' partner. Written on install and before every test run
 * (npm run api:types), like Prisma's client, so the types the tests compile
 * against are the document's as it is now.
 */
export async function generateOpenApiTypes(): Promise<string> {
  // openapi-typescript reads a document object; its types take the OpenAPI shape, which ours is built to.
  const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument("http://localhost:3000"))));
  return `// Generated from the OpenAPI document by \`npm run api:types\` (lib/api/generate-openapi-types.ts). Do not edit.\n\n${astToString(ast)}`;
}
