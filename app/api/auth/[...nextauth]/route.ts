import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions, pathOfCallback, useSecureCookies } from "@/lib/auth/auth-options";
import { deviceCookieHeader } from "@/lib/auth/remembered-device";
import { credentialsInput } from "@/lib/auth/verify-credentials";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

/**
 * The GETs next-auth would answer in English, or not at all, go to the sign-in
 * form instead: a callback is only ever posted (a GET is a 500 "not
 * supported"), and a sign-in refused for its CSRF token comes back as
 * /api/auth/signin?csrf=true, which next-auth forwards to the form without
 * saying why. Every other page of next-auth's is one of ours (authOptions.pages).
 */
async function GET(request: NextRequest, context: Context) {
  const [action] = (await context.params).nextauth;
  if (action === "callback") return redirectTo("/signin");
  if (action === "signin" && request.nextUrl.searchParams.get("csrf") === "true") return redirectTo("/signin?error=csrf");
  const response: Response = await handler(request, context);
  return action === "signin" ? withRelativeCallback(response) : response;
}

/**
 * next-auth sends the reader on to the form (and sets its CSRF cookie) with
 * the callback made absolute; the form's address keeps it as the path it was.
 */
function withRelativeCallback(response: Response): Response {
  const location = response.headers.get("location");
  if (!location?.startsWith("/signin")) return response;
  const target = new URL(location, "http://isnad.invalid");
  const callback = target.searchParams.get("callbackUrl");
  if (callback) target.searchParams.set("callbackUrl", safeCallbackPath(pathOfCallback(callback)));
  const headers = new Headers(response.headers);
  headers.set("location", `${target.pathname}${target.search}`);
  return new Response(null, { status: response.status, headers });
}

/**
 * A credentials sign-in that succeeded also remembers the browser for that
 * account (remembered-device.ts): later, guesses from elsewhere that lock
 * the account do not lock it out here. next-auth reads the body itself, so
 * the account's email is read from a copy.
 */
async function POST(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "credentials") return handler(request, context);
  const form = await request.clone().formData().catch(() => null);
  const response: Response = await handler(request, context);
  const credentials = credentialsInput.safeParse(Object.fromEntries(form ?? []));
  const signedIn = response.headers.getSetCookie().some((cookie) => /^(__Secure-)?next-auth\.session-token=[^;]/.test(cookie));
  const cookie = signedIn && credentials.success ? deviceCookieHeader(credentials.data.email, useSecureCookies) : null;
  if (!cookie) return response;
  const headers = new Headers(response.headers);
  headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, headers });
}

// A relative Location: behind a proxy the server's own origin is not the one the browser used.
const redirectTo = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

export { GET, POST };
