import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { securityHeaderObject } from "./security-headers";

/**
 * What the production server settles about a request before Next sees it.
 *
 * The client's address: the connection's, or, behind a proxy trusted to set
 * it (ISNAD_TRUST_PROXY=1), the first hop of its X-Forwarded-For (or
 * X-Real-IP). Written to our own header, replacing any copy the client sent,
 * so sign-in throttling can count per address without believing the client.
 */
export function setClientAddress(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustProxy: boolean) {
  const first = (value: string | string[] | undefined) => [value ?? []].flat()[0]?.split(",")[0]?.trim();
  const address = (trustProxy && (first(headers["x-forwarded-for"]) || first(headers["x-real-ip"]))) || socketAddress;
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  else delete headers[CLIENT_ADDRESS_HEADER];
}

/** The header carrying a request's id to Next, written here whatever the client sent. */
export const REQUEST_ID_HEADER = "x-isnad-request-id";

/**
 * Gives the request a fresh id, on our own header for the app and on the
 * answer's X-Request-Id for the caller (to quote when reporting a problem).
 */
export function assignRequestId(headers: IncomingHttpHeaders, response: ServerResponse): string {
  const id = randomUUID();
  headers[REQUEST_ID_HEADER] = id;
  response.setHeader("x-request-id", id);
  return id;
}

/**
 * Whether a request target's path is valid percent-encoding. Next decodes the
 * path to match routes and answers a malformed one (`/claims/%`) with a bare
 * 500; this lets the server answer 400 instead.
 */
export function isWellFormedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

type PageText = { title: string; text: string };

/**
 * A page the production server answers itself, before Next, in both
 * interface languages (the reader's choice is not known yet).
 */
export function refusalPage(ar: PageText, en: PageText): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ar.title} · ${en.title}</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
<h1>${ar.title}</h1><p>${ar.text}</p><p><a href="/">الصفحة الرئيسية</a></p>
<div lang="en" dir="ltr"><h2>${en.title}</h2><p>${en.text}</p><p><a href="/">Home page</a></p></div>
</body></html>`;
}

/** The 400 page for a malformed link. */
export const MALFORMED_PATH_PAGE = refusalPage(
  { title: "رابط غير صالح", text: "في هذا الرابط رموز لا تُقرأ (علامة % لا يليها رمز صحيح). تحقّق منه أو ابدأ من الصفحة الرئيسية." },
  { title: "Malformed link", text: "This link has characters that cannot be read (a % not followed by a valid code). Check it, or start from the home page." },
);

/**
 * Writes an answer the server gives itself (a page unless told otherwise)
 * with the headers Next's own answers carry, and closes the connection (a
 * refused body may still be arriving).
 */
export function writeOwnAnswer(
  response: ServerResponse,
  status: number,
  body: string,
  { contentType = "text/html; charset=utf-8", headers = {} }: { contentType?: string; headers?: Record<string, string> } = {},
) {
  response.writeHead(status, {
    ...securityHeaderObject(),
    ...headers,
    "content-type": contentType,
    "cache-control": "no-store",
    connection: "close",
  });
  response.end(body);
}
