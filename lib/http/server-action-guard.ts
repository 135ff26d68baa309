import { IncomingMessage, type IncomingHttpHeaders } from "node:http";
import { translate, type MessageKey } from "@/lib/i18n/messages";
import { refusalPage } from "./incoming-request";
import { SERVER_ACTION_BODY_LIMIT_MB } from "./security-headers";

/**
 * What the production server checks about a post to a page (a server action,
 * or a form posted without JavaScript) before Next decodes it. Next answers a
 * post from another origin, a body over its limit, or a payload it cannot
 * decode with a bare 500 and a logged stack; these get 403, 413 and 400.
 */
export type ActionRefusal = { status: 403 | 413 | 400; messageKey: MessageKey };

const CROSS_ORIGIN: ActionRefusal = { status: 403, messageKey: "error.crossOrigin" };
const TOO_LARGE: ActionRefusal = { status: 413, messageKey: "error.payloadTooLarge" };
const MALFORMED: ActionRefusal = { status: 400, messageKey: "error.malformedAction" };

export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** A POST to anything but an API route or Next's own files: what Next may treat as a server action. */
export function isPagePost(method: string | undefined, url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  return method === "POST" && !path.startsWith("/api/") && !path.startsWith("/_next/");
}

const first = (value: string | string[] | undefined) => [value ?? []].flat()[0]?.split(",")[0]?.trim();

/**
 * Refusals that need no body: an Origin naming another host than the one
 * addressed (the host Next compares it with: X-Forwarded-Host, else Host), or a
 * declared length over the limit. A post without Origin (not from a browser) passes, as in Next.
 */
export function refuseBeforeBody(headers: IncomingHttpHeaders, limitBytes = SERVER_ACTION_BODY_LIMIT_BYTES): ActionRefusal | null {
  const origin = first(headers.origin);
  if (origin !== undefined) {
    const host = first(headers["x-forwarded-host"]) || first(headers.host);
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (a sandboxed or privacy-sensitive context) or not a URL: not this site.
    }
    if (!originHost || originHost !== host) return CROSS_ORIGIN;
  }
  const length = Number(headers["content-length"]);
  if (Number.isFinite(length) && length > limitBytes) return TOO_LARGE;
  return null;
}

/** The whole body, or null as soon as it passes the limit (a chunked body declares no length). */
export async function readBodyWithin(stream: AsyncIterable<Buffer>, limitBytes = SERVER_ACTION_BODY_LIMIT_BYTES): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limitBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether Next could decode the body at all: a multipart body must parse as
 * form data (for a fetch action, with its arguments' root row "0" in JSON);
 * any other server action body is the arguments as JSON. Other posts (no
 * action header, not multipart) are not actions, and Next renders the page.
 */
export async function refuseMalformedBody(headers: IncomingHttpHeaders, body: Buffer): Promise<ActionRefusal | null> {
  const contentType = first(headers["content-type"]) ?? "";
  const isFetchAction = typeof headers["next-action"] === "string";
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Request("http://localhost/", { method: "POST", headers: { "content-type": String(headers["content-type"]) }, body: new Uint8Array(body) }).formData();
    } catch {
      return MALFORMED;
    }
    if (!isFetchAction) return null;
    const root = form.get("0");
    return typeof root === "string" && isJson(root) ? null : MALFORMED;
  }
  if (isFetchAction && !isJson(body.toString("utf8"))) return MALFORMED;
  return null;
}

/**
 * The request again with the body already read, for Next to read as if from
 * the connection (the response still goes out on the original socket).
 */
export function replayRequest(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket);
  replay.method = request.method;
  replay.url = request.url;
  replay.httpVersion = request.httpVersion;
  replay.httpVersionMajor = request.httpVersionMajor;
  replay.httpVersionMinor = request.httpVersionMinor;
  replay.headers = request.headers;
  replay.rawHeaders = request.rawHeaders;
  // As the parser marks a request whose body arrived whole; otherwise ending it would destroy the socket.
  replay.complete = true;
  replay.push(body);
  replay.push(null);
  return replay;
}

/**
 * Screens a post to a page: the request to hand to Next (the original, when
 * nothing had to be read, or a replay of the body read), or the refusal.
 */
export async function screenPagePost(request: IncomingMessage): Promise<{ refusal: ActionRefusal } | { request: IncomingMessage }> {
  const early = refuseBeforeBody(request.headers);
  if (early) return { refusal: early };
  const body = await readBodyWithin(request);
  if (!body) return { refusal: TOO_LARGE };
  const malformed = await refuseMalformedBody(request.headers, body);
  return malformed ? { refusal: malformed } : { request: replayRequest(request, body) };
}

/** The refusal's page, in both languages. */
export function actionRefusalPage(refusal: ActionRefusal): string {
  const text = (locale: "ar" | "en") => ({
    title: translate(locale, "error.refusedTitle"),
    text: translate(locale, refusal.messageKey, { max: `${SERVER_ACTION_BODY_LIMIT_MB} MB` }),
  });
  return refusalPage(text("ar"), text("en"));
}
