import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions, pathOfCallback } from "@/lib/auth/auth-options";
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

// A relative Location: behind a proxy the server's own origin is not the one the browser used.
const redirectTo = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

export { GET, handler as POST };
