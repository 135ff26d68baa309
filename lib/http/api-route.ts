import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getPreferences } from "@/lib/i18n/request-preferences";
import type { Locale } from "@/lib/i18n/preferences";
import type { UseCase } from "@/lib/use-case";
import { parseInput } from "@/lib/validation/parse-input";
import { errorBody, retryAfterSeconds } from "./error-body";

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** API errors speak the caller's language: Accept-Language first, then the preference cookie. */
async function requestLocale(request: NextRequest): Promise<Locale> {
  const accept = request.headers.get("accept-language");
  if (accept) return accept.trim().toLowerCase().startsWith("en") ? "en" : "ar";
  return (await getPreferences()).locale;
}

type Context<Params> = { params: Promise<Params> };
type Handler<Params> = (args: { request: NextRequest; actor: Actor; params: Params }) => Promise<unknown>;

/**
 * Wraps an API route handler: resolves the actor (session or bearer token),
 * answers with JSON, and turns errors into a status and a message a person
 * can act on (4xx, or 503 with Retry-After when the database is busy), never
 * a stack trace.
 */
export function apiRoute<Params = Record<string, never>>(handler: Handler<Params>, options: { status?: number } = {}) {
  return async (request: NextRequest, context: Context<Params>) => {
    try {
      const [actor, params] = await Promise.all([getActor(), context.params]);
      const result = await handler({ request, actor, params });
      if (result instanceof Response) return result;
      return request.method === "GET" ? jsonWithEtag(request, result) : NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      const body = errorBody(error, await requestLocale(request));
      const retryAfter = retryAfterSeconds(error, body.error);
      const headers: HeadersInit = retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) };
      return NextResponse.json(body, { status: body.error.status, headers });
    }
  };
}

/**
 * A read's JSON with an ETag of its bytes: a caller that sends it back in
 * If-None-Match gets 304 and no body while nothing it would see changed.
 */
function jsonWithEtag(request: NextRequest, result: unknown): Response {
  const body = JSON.stringify(result);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const known = (request.headers.get("if-none-match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  const headers = { etag, "content-type": "application/json" };
  return known.includes(etag) || known.includes("*") ? new Response(null, { status: 304, headers: { etag } }) : new Response(body, { status: 200, headers });
}

/**
 * A public list: its query parameters checked by `query` (a wrong one is a
 * 422 naming it), then `list` reads the page.
 */
export function apiList<Schema extends z.ZodType, Result>(query: Schema, list: (query: z.output<Schema>) => Promise<Result>) {
  return apiRoute(async ({ request }) => list(parseInput(query, Object.fromEntries(request.nextUrl.searchParams))));
}

/** Reads a JSON body, refusing what is too large (413), not JSON (415) or malformed (400). */
export async function readJsonBody(request: NextRequest, limitBytes = DEFAULT_BODY_LIMIT): Promise<unknown> {
  // The media type exactly: "text/plain; x=application/json" is what a cross-site form can send.
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new AppError(415, "error.unsupportedMediaType");
  const text = await request.text();
  if (Buffer.byteLength(text) > limitBytes) throw new AppError(413, "error.payloadTooLarge", { params: { max: `${Math.round(limitBytes / 1024)} kB` } });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "error.badJson");
  }
}

/**
 * A write on a session cookie must come from this site's own pages. SameSite
 * keeps other sites' requests from carrying the cookie, but not a sibling
 * subdomain's; a browser names the page's origin on every such request.
 * Token callers send no cookie and are not asked.
 */
function refuseCrossOrigin(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")];
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError(403, "error.crossOrigin");
  }
  if (!hosts.includes(originHost)) throw new AppError(403, "error.crossOrigin");
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A route that runs one use-case on the JSON body, with what the route's
 * address names (a claim's id) taken from the address, never the body:
 *
 *   export const POST = apiMutation(recordDenial, { fromParams: ({ id }: { id: string }) => ({ answersClaimId: id }) });
 *
 * `fromParams` returns part of the use-case's own input, so a field it does
 * not have is a type error.
 */
export function apiMutation<Schema extends z.ZodType, Result, Params = Record<string, never>>(
  operation: UseCase<Schema, Result>,
  options: { status?: number; limitBytes?: number; fromParams?: (params: Params) => Partial<z.input<Schema>> } = {},
) {
  return apiRoute<Params>(
    async ({ request, actor, params }) => {
      // Who may call it is settled before the body is read: nobody gets 401, not 415.
      authorize(actor, operation.action);
      if (actor.kind === "user") refuseCrossOrigin(request);
      const body = await readJsonBody(request, options.limitBytes);
      // A body that is not an object is left for the schema to refuse (422), field names and all.
      const input = options.fromParams && isRecord(body) ? { ...body, ...options.fromParams(params) } : body;
      return operation.fromUntrusted(actor, input);
    },
    { status: options.status ?? 200 },
  );
}
