import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./verify-credentials";

const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/**
 * Email + password sign-in. Sessions are signed JWT cookies (no server
 * state, so any app instance can serve any request); the user behind one is
 * re-read from the database on every request (see current-actor.ts), so a
 * role change or a disabled account takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Our own pages: next-auth's built-in ones are English-only and unstyled. Its errors
  // (a bad CSRF token, say) land on the sign-in form, which the reader can simply retry.
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  useSecureCookies,
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials(credentials, clientAddress(request.headers ?? {}));
        if (result.ok) return result.user;
        // next-auth passes the message to the sign-in form as `error`.
        throw new Error(result.reason === "throttled" ? `throttled:${result.retryAfterMinutes}` : "invalid");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
