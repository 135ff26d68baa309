import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";

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
  return handler(request, context);
}

// A relative Location: behind a proxy the server's own origin is not the one the browser used.
const redirectTo = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

export { GET, handler as POST };
