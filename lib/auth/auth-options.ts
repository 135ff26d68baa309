import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { endSessions } from "./session-generation";
import { verifyCredentials } from "./verify-credentials";

export const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

// The names next-auth gives its CSRF and callback cookies (core/lib/cookie.js, defaultCookies).
const csrfCookieName = `${useSecureCookies ? "__Host-" : ""}next-auth.csrf-token`;
const callbackCookieName = `${useSecureCookies ? "__Secure-" : ""}next-auth.callback-url`;

/**
 * Email + password sign-in. Sessions are signed JWT cookies (no server
 * state, so any app instance can serve any request); the user behind one is
 * re-read from the database on every request (see current-actor.ts), so a
 * role change or a disabled account takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Our own pages: next-auth's built-in ones are English-only and unstyled. Its errors land
  // on the sign-in form as ?error=, which says what went wrong and lets the reader retry.
  // There is no email sign-in, so "check your email" (verifyRequest) has nothing to say: the
  // form again. (newUser is no page of next-auth's, only where OAuth sends new accounts.)
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin", verifyRequest: "/signin" },
  useSecureCookies,
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const headers = request.headers ?? {};
        const result = await verifyCredentials(credentials, { address: clientAddress(headers), cookieHeader: headers.cookie });
        if (result.ok) return result.user;
        // next-auth passes the message to the sign-in form as `error`.
        throw new Error(result.reason === "throttled" ? throttledCode(result.retryAfterSeconds) : "invalid");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.generation = user.sessionGeneration;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, generation: token.generation };
    },
  },
  events: {
    // Signing out ends the user's sessions everywhere, so a copied cookie stops working too.
    async signOut({ token }) {
      if (token?.sub) await endSessions(db(), token.sub);
    },
  },
};

/** The sign-in form's error code for a wait: whole minutes (`throttled:15`), or seconds under a minute (`throttled:4s`). */
export const throttledCode = (seconds: number) => (seconds < 60 ? `throttled:${seconds}s` : `throttled:${Math.ceil(seconds / 60)}`);

/**
 * The CSRF token for a form that posts straight to next-auth (the sign-in form
 * without JavaScript): next-auth's cookie holds "token|hash" and accepts a post
 * whose token matches it. A page cannot set cookies, so the way to the form
 * goes through next-auth's /api/auth/signin, which sets it (signInPath). Only
 * someone who opens /signin directly on a first visit has none yet: that post
 * is refused, next-auth sets the cookie on the way back, and the next try
 * goes through.
 */
export function csrfTokenFromCookies(cookies: { get(name: string): { value: string } | undefined }): string {
  return cookies.get(csrfCookieName)?.value.split("|")[0] ?? "";
}

/**
 * Where a sign-in without JavaScript was headed when it was sent back to the
 * form (a refused CSRF token, a wrong password): the redirect drops the
 * callbackUrl, but next-auth's cookie keeps it, as an absolute URL on this
 * site. Only the path is taken; safeCallbackPath still vets it.
 */
export function callbackPathFromCookies(cookies: { get(name: string): { value: string } | undefined }): string | undefined {
  const value = cookies.get(callbackCookieName)?.value;
  return value ? pathOfCallback(value) : undefined;
}

/**
 * The path of a callback URL next-auth made absolute (it allows only this
 * site's origin), or of one already relative; safeCallbackPath still vets it.
 */
export function pathOfCallback(value: string): string | undefined {
  try {
    const url = new URL(value, "http://isnad.invalid");
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/**
 * Where to send someone to sign in, coming back to `returnTo`: through
 * next-auth's own sign-in address, which sets its CSRF cookie before the form
 * is shown, so the form also works without JavaScript at the first try.
 */
export const signInPath = (returnTo?: string) => `/api/auth/signin${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`;
