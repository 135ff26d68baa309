import { z } from "zod";
import { answerClaimInput } from "@/lib/claims/answer-claim";
import { changeClaimStatusInput } from "@/lib/claims/change-claim-status";
import { createClaimInput } from "@/lib/claims/create-claim";
import { deleteClaimInput } from "@/lib/claims/delete-claim";
import { linkClaimsInput } from "@/lib/claims/link-claims";
import { restoreClaimRevisionInput } from "@/lib/claims/restore-claim-revision";
import { undeleteClaimInput } from "@/lib/claims/undelete-claim";
import { unlinkClaimsInput } from "@/lib/claims/unlink-claims";
import { setVerdictInput } from "@/lib/claims/set-verdict";
import { updateClaimInput } from "@/lib/claims/update-claim";
import { parseArticleInputSchema } from "@/lib/import/import-draft.types";
import { saveImportInput } from "@/lib/import/save-import";
import { isPublicAction, TOKEN_SCOPE_FOR, type Action } from "@/lib/permissions";
import { refusesNull } from "@/lib/validation/refuses-null";
import { createSourceInput } from "@/lib/sources/create-source";
import { mergeSourcesInput } from "@/lib/sources/merge-sources";
import { undoMergeInput } from "@/lib/sources/undo-merge";
import { createStoryInput } from "@/lib/stories/create-story";
import { claimListQuery, sourceListQuery, storyListQuery, tagListQuery } from "@/lib/reader/list-queries";
import { tipFields } from "@/lib/tips/submit-tip";
import { createWebhookInput } from "@/lib/webhooks/create-webhook";
import { deleteWebhookInput } from "@/lib/webhooks/delete-webhook";
import { claimListResponse, sourceListResponse, storyListResponse, tagListResponse, verdictListResponse } from "./response-schemas";

type Method = "get" | "post" | "put" | "patch" | "delete";

/** One route of the JSON API, as the OpenAPI document describes it. */
export type ApiOperation = {
  method: Method;
  path: string;
  summary: string;
  tag: "claims" | "stories" | "sources" | "tags" | "verdicts" | "search" | "imports" | "webhooks" | "tips";
  /** "public" for reads anyone may make; otherwise the permission-table action it needs. */
  access: "public" | Action;
  /** The JSON body: the use-case's own input schema (path parameters left out). */
  body?: z.ZodType;
  /** Query parameters: described in words, or a list's own zod schema (whose types and limits the document then shows). */
  query?: Record<string, string> | z.ZodObject;
  /** The answer's schema, where the contract has one (lib/api/response-schemas.ts). */
  response?: z.ZodType;
  success: 200 | 201;
};

const id = (path: string) => path.match(/\{(\w+)\}/g)?.map((param) => param.slice(1, -1)) ?? [];

/** Every route under /api/v1. A test fails when a route file and this list disagree. */
export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/claims",
    summary: "Published claims in sync order (last changed first to last), a page at a time; with `updated_since`, also what was taken off the site",
    tag: "claims",
    access: "public",
    query: claimListQuery,
    response: claimListResponse,
    success: 200,
  },
  { method: "post", path: "/api/v1/claims", summary: "Create a claim with its attribution chain, tags and stories", tag: "claims", access: "claim.create", body: createClaimInput, success: 201 },
  { method: "get", path: "/api/v1/claims/{id}", summary: "A published claim: chains, links both ways, verdict, evidence, stories, ClaimReview", tag: "claims", access: "public", success: 200 },
  { method: "patch", path: "/api/v1/claims/{id}", summary: "Save an edited claim (409 when `version` is stale)", tag: "claims", access: "claim.update", body: updateClaimInput.omit({ id: true }), success: 200 },
  { method: "delete", path: "/api/v1/claims/{id}", summary: "Soft-delete a claim", tag: "claims", access: "claim.delete", body: deleteClaimInput.omit({ id: true }), success: 200 },
  { method: "post", path: "/api/v1/claims/{id}/denials", summary: "Record a denial: the denying claim and its `denies` link", tag: "claims", access: "claim.create", body: answerClaimInput.omit({ answersClaimId: true }), success: 201 },
  { method: "post", path: "/api/v1/claims/{id}/confirmations", summary: "Record a confirmation: the confirming claim and its `confirms` link", tag: "claims", access: "claim.create", body: answerClaimInput.omit({ answersClaimId: true }), success: 201 },
  { method: "post", path: "/api/v1/claims/{id}/links", summary: "Link this claim to another (denies, refutes, confirms, supports, corrects, repeats, context)", tag: "claims", access: "claim.link", body: linkClaimsInput.omit({ fromClaimId: true }), success: 201 },
  { method: "delete", path: "/api/v1/claims/{id}/links", summary: "Remove a link of a type from this claim to another", tag: "claims", access: "claim.link", body: unlinkClaimsInput.omit({ fromClaimId: true }), success: 200 },
  { method: "post", path: "/api/v1/claims/{id}/undelete", summary: "Bring a deleted claim back, exactly as it was", tag: "claims", access: "claim.restore", body: undeleteClaimInput.omit({ id: true }), success: 200 },
  { method: "post", path: "/api/v1/revisions/{revisionId}/restore", summary: "Put a claim's content back the way a revision recorded it (status and verdict only when asked)", tag: "claims", access: "revision.restore", body: restoreClaimRevisionInput.omit({ revisionId: true }), success: 200 },
  { method: "put", path: "/api/v1/claims/{id}/verdict", summary: "Set the newsroom's verdict, reasoning and evidence", tag: "claims", access: "claim.setVerdict", body: setVerdictInput.omit({ claimId: true }), success: 200 },
  { method: "post", path: "/api/v1/claims/{id}/status", summary: "Move a claim along the workflow and (re)assign it", tag: "claims", access: "claim.update", body: changeClaimStatusInput.omit({ id: true }), success: 200 },
  { method: "get", path: "/api/v1/stories", summary: "Published stories in sync order, a page at a time", tag: "stories", access: "public", query: storyListQuery, response: storyListResponse, success: 200 },
  { method: "post", path: "/api/v1/stories", summary: "Create a story", tag: "stories", access: "story.write", body: createStoryInput, success: 201 },
  { method: "get", path: "/api/v1/stories/{slug}", summary: "A published story's timeline", tag: "stories", access: "public", query: { order: "oldest (default) or newest", tag: "a tag's slug", source: "a source's slug" }, success: 200 },
  { method: "get", path: "/api/v1/sources", summary: "The sources readers may see, in sync order, a page at a time", tag: "sources", access: "public", query: sourceListQuery, response: sourceListResponse, success: 200 },
  { method: "post", path: "/api/v1/sources", summary: "Create a source (proposed, when an editor creates it)", tag: "sources", access: "source.propose", body: createSourceInput, success: 201 },
  { method: "post", path: "/api/v1/sources/merges", summary: "Merge a duplicate source into the one kept: its claims, appearances, aliases and affiliates move", tag: "sources", access: "source.merge", body: mergeSourcesInput, success: 201 },
  { method: "delete", path: "/api/v1/sources/merges", summary: "Take a merge back: the duplicate and exactly what the merge moved return", tag: "sources", access: "source.merge", body: undoMergeInput, success: 200 },
  { method: "get", path: "/api/v1/sources/{slug}", summary: "A source's profile, track record and claims", tag: "sources", access: "public", success: 200 },
  { method: "get", path: "/api/v1/tags", summary: "Tags on something published, by slug, a page at a time", tag: "tags", access: "public", query: tagListQuery, response: tagListResponse, success: 200 },
  { method: "get", path: "/api/v1/verdicts", summary: "The newsroom's verdict scale, in its order", tag: "verdicts", access: "public", response: verdictListResponse, success: 200 },
  {
    method: "post",
    path: "/api/v1/tips",
    summary: "Send a claim to be checked (anyone, no account: a bot may pass on its users' messages; 10 an hour per address, then 429 with Retry-After). Answers with the address the tipster follows it at and the published fact-checks it already matches",
    tag: "tips",
    access: "tip.submit",
    body: tipFields,
    success: 201,
  },
  { method: "post", path: "/api/v1/imports/parse", summary: "Read a pasted Arabic article into a draft for review (writes nothing; text up to 200 kB)", tag: "imports", access: "import.parse", body: parseArticleInputSchema, success: 200 },
  { method: "post", path: "/api/v1/imports", summary: "Save a reviewed import draft: new sources, a story, the claims as drafts, chains, links and tags, in one transaction", tag: "imports", access: "import.save", body: saveImportInput, success: 201 },
  { method: "get", path: "/api/v1/webhooks", summary: "Every webhook: address, events, whether it is enabled (never its secret)", tag: "webhooks", access: "webhook.manage", success: 200 },
  {
    method: "post",
    path: "/api/v1/webhooks",
    summary: "Register a webhook for events (claim_published, verdict_changed, correction_published, tip_received); the answer holds its Standard Webhooks signing secret, shown this once",
    tag: "webhooks",
    access: "webhook.manage",
    body: createWebhookInput,
    success: 201,
  },
  { method: "delete", path: "/api/v1/webhooks/{id}", summary: "Delete a webhook and its delivery log (body `{}`)", tag: "webhooks", access: "webhook.manage", body: deleteWebhookInput.omit({ webhookId: true }), success: 200 },
  {
    method: "get",
    path: "/api/v1/search",
    summary: "Search published claims and sources (Arabic-normalized, stemmed, spelling-tolerant)",
    tag: "search",
    access: "public",
    query: { q: "the words", tag: "a tag's slug", source: "a source's slug", verdict: "a verdict key", from: "YYYY-MM-DD", to: "YYYY-MM-DD", page: "1-based page" },
    success: 200,
  },
];

const errorResponse = {
  description: "An error a person can act on, in the caller's language (Accept-Language: ar or en)",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["status", "code", "message"],
            properties: {
              status: { type: "integer" },
              code: { type: "string" },
              message: { type: "string" },
              fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
              data: {},
            },
          },
        },
      },
    },
  },
};

/** A schema that refuses null (lib/validation/refuses-null.ts) is documented without its null branch. */
function withoutRefusedNull({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  if (!refusesNull.has(zodSchema)) return;
  if (Array.isArray(jsonSchema.type)) jsonSchema.type = jsonSchema.type.filter((type) => type !== "null");
  if (!jsonSchema.anyOf) return;
  const kept = jsonSchema.anyOf.filter((branch) => !(typeof branch === "object" && branch.type === "null"));
  delete jsonSchema.anyOf;
  Object.assign(jsonSchema, kept.length === 1 ? kept[0] : { anyOf: kept });
}

/** A query schema's parameters: each property's JSON schema, its description lifted to the parameter. */
function queryParameters(query: ApiOperation["query"]) {
  if (!query) return [];
  if (!(query instanceof z.ZodObject)) {
    return Object.entries(query).map(([name, description]) => ({ name, in: "query", required: false, description, schema: { type: "string" } }));
  }
  const schema = z.toJSONSchema(query, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, { description?: string }> };
  return Object.entries(schema.properties ?? {}).map(([name, { description, ...property }]) => ({ name, in: "query", required: false, description, schema: property }));
}

function operationObject(operation: ApiOperation) {
  const parameters = [...id(operation.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })), ...queryParameters(operation.query)];
  const errors =
    operation.access === "public"
      ? operation.query instanceof z.ZodObject
        ? { "422": errorResponse }
        : { "404": errorResponse }
      : isPublicAction(operation.access)
        ? { "400": errorResponse, "413": errorResponse, "415": errorResponse, "422": errorResponse, "429": errorResponse }
        : { "400": errorResponse, "401": errorResponse, "403": errorResponse, "404": errorResponse, "409": errorResponse, "413": errorResponse, "415": errorResponse, "422": errorResponse };
  return {
    summary: operation.summary,
    tags: [operation.tag],
    ...(operation.access === "public" || isPublicAction(operation.access)
      ? { security: [] }
      : { "x-permission": operation.access, "x-token-scope": TOKEN_SCOPE_FOR[operation.access] }),
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body
      ? { requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(operation.body, { io: "input", unrepresentable: "any", override: withoutRefusedNull }) } } } }
      : {}),
    responses: {
      [String(operation.success)]: {
        description: "OK",
        ...(operation.method === "get" ? { headers: { ETag: { description: "send it back in If-None-Match: 304 while the answer is unchanged", schema: { type: "string" } } } } : {}),
        content: { "application/json": { schema: operation.response ? z.toJSONSchema(operation.response, { io: "output" }) : {} } },
      },
      ...(operation.method === "get" ? { "304": { description: "Not modified (If-None-Match named the current ETag)" } } : {}),
      ...errors,
    },
  };
}

/** The OpenAPI 3.1 document of the JSON API, built from the same zod schemas the API validates with. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Isnad API",
      version: "1",
      description: "Claims, the answers to them and their attribution chains. Reads are public; writes need a session or an API token (Authorization: Bearer …) whose role the permission table allows.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token an admin created. It acts with its maker's role, in the areas of its scopes only (each operation's `x-token-scope`)." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    paths,
  };
}
