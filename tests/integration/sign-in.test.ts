/**
 * Sign-in: one answer for every kind of failure, and throttling per account,
 * per account at an address, per address and per remembered device, counted
 * in locked database rows (so racing guesses and every app instance agree);
 * and next-auth's own routes, which lead back to the app's sign-in form.
 */
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/auth/[...nextauth]/route";
import { authOptions, csrfTokenFromCookies } from "@/lib/auth/auth-options";
import { hashPassword } from "@/lib/auth/password";
import { newDeviceCookie, DEVICE_COOKIE } from "@/lib/auth/remembered-device";
import { reserveSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";

// Forty racing guesses queue for ten connections behind one locked row: on a
// loaded machine that wait can pass the app's 1 s pool wait, which is not what
// these tests measure (tests/integration/overload.test.ts does).
process.env.DATABASE_POOL_WAIT_MS = "30000";

const PASSWORD = "correct horse battery";
let passwordHash: string;

beforeEach(async () => {
  await db().signInThrottle.deleteMany();
  await db().user.deleteMany();
  passwordHash ??= await hashPassword(PASSWORD);
  await db().user.createMany({
    data: [
      { email: "editor@example.org", name: "editor", role: "editor", passwordHash },
      { email: "gone@example.org", name: "gone", role: "editor", passwordHash, disabledAt: new Date() },
    ],
  });
});

const attempt = (email: string, password: string, address = "203.0.113.7", cookieHeader?: string) =>
  verifyCredentials({ email, password }, { address, cookieHeader });
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("sign-in", () => {
  it("accepts the right password, whatever the email's case and spaces", async () => {
    expect(await attempt(" Editor@Example.org ", PASSWORD)).toMatchObject({ ok: true, user: { email: "editor@example.org", role: "editor" } });
  });

  it("answers unknown email, wrong password and disabled account alike", async () => {
    const answers = [await attempt("nobody@example.org", PASSWORD), await attempt("editor@example.org", "wrong"), await attempt("gone@example.org", PASSWORD)];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    expect(await attempt({} as never, "")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after five failures, from any address, even with the right password", async () => {
    for (let i = 0; i < 5; i++) await attempt("editor@example.org", `wrong ${i}`, `198.51.100.${i}`);
    const throttled = await attempt("editor@example.org", PASSWORD, "192.0.2.1");
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another account from the same addresses is not affected.
    await db().user.create({ data: { email: "other@example.org", name: "other", role: "reader", passwordHash } });
    expect(await attempt("other@example.org", PASSWORD, "198.51.100.0")).toMatchObject({ ok: true });
  });

  it("lets the account in again once the fifteen-minute window has passed", async () => {
    for (let i = 0; i < 5; i++) await attempt("editor@example.org", "wrong", `198.51.100.${i}`);
    const keys = { account: "editor@example.org", address: "203.0.113.7" };
    expect(await reserveSignInAttempt(keys)).toMatchObject({ allowed: false });
    expect(await reserveSignInAttempt(keys, later(15 * 60 + 1))).toMatchObject({ allowed: true });
  });

  it("slows an account at one address down with a delay that doubles after three failures", async () => {
    for (let i = 0; i < 3; i++) expect(await attempt("editor@example.org", "wrong")).toEqual({ ok: false, reason: "invalid" });
    // The fourth at once waits; another address is not slowed.
    expect(await attempt("editor@example.org", PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
    const keys = { account: "editor@example.org", address: "203.0.113.7" };
    expect(await reserveSignInAttempt(keys)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await reserveSignInAttempt(keys, later(1.5))).toMatchObject({ allowed: true });
    // That fourth failure doubles the wait.
    expect(await reserveSignInAttempt(keys, later(2))).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await attempt("editor@example.org", PASSWORD, "192.0.2.1")).toMatchObject({ ok: true });
  });

  it("slows an address after twenty failures, whichever accounts it tries, and never shuts it for long", async () => {
    for (let i = 0; i < 20; i++) await attempt(`guess${i}@example.org`, "wrong", "203.0.113.99");
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.99")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.100")).toMatchObject({ ok: true });
    const office = (account: string) => ({ account, address: "203.0.113.99" });
    let now = Date.now();
    for (let i = 0; i < 20; i++) {
      const refused = await reserveSignInAttempt(office(`more${i}@example.org`), new Date(now));
      expect(refused).toMatchObject({ allowed: false });
      const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
      expect(wait).toBeLessThanOrEqual(30);
      now += wait * 1000;
      expect(await reserveSignInAttempt(office(`more${i}@example.org`), new Date(now))).toMatchObject({ allowed: true });
    }
  });

  it("never slows an address for its successful sign-ins, only for its failures", async () => {
    await db().user.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ email: `staff${i}@example.org`, name: `staff ${i}`, role: "editor" as const, passwordHash })) });
    for (let i = 0; i < 40; i++) expect(await attempt(`staff${i}@example.org`, PASSWORD, "203.0.113.50")).toMatchObject({ ok: true });
    // Nineteen failures there still leave the twentieth try free.
    for (let i = 0; i < 19; i++) await attempt(`guess${i}@example.org`, "wrong", "203.0.113.50");
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.50")).toMatchObject({ ok: true });
    await attempt("guess19@example.org", "wrong", "203.0.113.50");
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.50")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await attempt("editor@example.org", "wrong", `198.51.100.${i}`);
    expect(await attempt("editor@example.org", PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await attempt("editor@example.org", "wrong", `198.51.100.${i}`);
    expect(await attempt("editor@example.org", PASSWORD)).toMatchObject({ ok: true });
  });
});

describe("sign-in under attack", () => {
  beforeAll(() => void vi.stubEnv("NEXTAUTH_SECRET", "test-secret"));

  // Each answer "invalid" is a password that was checked; "throttled" ones were not.
  const checked = (answers: Awaited<ReturnType<typeof attempt>>[]) => answers.filter((answer) => !answer.ok && answer.reason === "invalid").length;

  it("checks no more guesses than the limit when they all arrive at once", async () => {
    const fromOneAddress = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("editor@example.org", `wrong ${i}`)));
    expect(checked(fromOneAddress)).toBe(3);
    await db().signInThrottle.deleteMany();
    const fromManyAddresses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("editor@example.org", `wrong ${i}`, `198.51.100.${i}`)));
    expect(checked(fromManyAddresses)).toBe(5);
    expect(fromManyAddresses.filter((answer) => !answer.ok && answer.reason === "throttled")).toHaveLength(35);
  });

  it("does not lock the owner out of a browser the account signed in from before", async () => {
    const remembered = `${DEVICE_COOKIE}=${newDeviceCookie("editor@example.org")}`;
    for (let i = 0; i < 10; i++) await attempt("editor@example.org", "wrong", `198.51.100.${i}`);
    expect(await attempt("editor@example.org", PASSWORD, "192.0.2.1")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("editor@example.org", PASSWORD, "192.0.2.1", `other=1; ${remembered}`)).toMatchObject({ ok: true });
    // Another account's cookie, or a made-up one, proves nothing.
    const othersCookie = `${DEVICE_COOKIE}=${newDeviceCookie("other@example.org")}`;
    for (const cookie of [othersCookie, `${DEVICE_COOKIE}=forged.signature`]) {
      expect(await attempt("editor@example.org", PASSWORD, "192.0.2.1", cookie)).toMatchObject({ ok: false, reason: "throttled" });
    }
  });

  it("gives a remembered browser its own five tries, then treats it as unknown", async () => {
    const remembered = `${DEVICE_COOKIE}=${newDeviceCookie("editor@example.org")}`;
    for (let i = 0; i < 5; i++) expect(await attempt("editor@example.org", "wrong", `198.51.100.${i}`, remembered)).toEqual({ ok: false, reason: "invalid" });
    // Unknown again, and the account itself is not locked: that browser's failures were its own.
    expect(await attempt("editor@example.org", PASSWORD, "192.0.2.1", remembered)).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) await attempt("editor@example.org", "wrong", `198.51.100.${i}`, remembered);
    for (let i = 0; i < 5; i++) await attempt("editor@example.org", "wrong", `192.0.2.${i}`);
    expect(await attempt("editor@example.org", PASSWORD, "192.0.2.9", remembered)).toMatchObject({ ok: false, reason: "throttled" });
  });
});

type NextAuthAnswer = { status: number; location: string | undefined; cookies: Map<string, string> };

/**
 * One request through next-auth with the app's options. Its Pages-router form
 * needs no Next request scope (the App Router one reads next/headers), and runs
 * the same core: CSRF check, authorize(), redirects to our pages.
 */
async function nextAuth(
  method: "GET" | "POST",
  route: string[],
  { query = {}, body, cookies = new Map() }: { query?: Record<string, string>; body?: Record<string, string>; cookies?: Map<string, string> } = {},
): Promise<NextAuthAnswer> {
  const headers = new Map<string, string | string[]>();
  let status = 200;
  const response = {
    status: (code: number) => ((status = code), response),
    setHeader: (name: string, value: string | string[]) => headers.set(name.toLowerCase(), value),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => {},
    send: () => {},
  };
  const request = { method, query: { ...query, nextauth: route }, body, cookies: Object.fromEntries(cookies), headers: { host: "localhost:3000" } };
  // A fixed secret, as NEXTAUTH_SECRET is in production: without one next-auth derives it from its options, which it changes.
  await NextAuth(request as never, response as never, { ...authOptions, secret: "test-secret" });
  const setCookies = [headers.get("set-cookie") ?? []].flat().map((cookie) => cookie.split(";")[0]!.split("="));
  const location = headers.get("location");
  return { status, location: typeof location === "string" ? location : undefined, cookies: new Map(setCookies.map(([name, value]) => [name!, decodeURIComponent(value!)])) };
}

/** The route handler's own answer to a GET it does not hand to next-auth. */
async function routeGet(path: string) {
  const url = new URL(path, "http://localhost:3000");
  const response = await GET(new NextRequest(url), { params: Promise.resolve({ nextauth: url.pathname.split("/").slice(3) }) });
  return { status: response.status, location: response.headers.get("location") };
}

/** What the sign-in form posts without JavaScript, with the CSRF token the page read from next-auth's cookie. */
async function postForm(password: string) {
  const { cookies } = await nextAuth("GET", ["csrf"]);
  const csrfToken = csrfTokenFromCookies({ get: (name) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined) });
  expect(csrfToken).toMatch(/^[0-9a-f]{64}$/);
  const body = { csrfToken, callbackUrl: "/admin", email: "editor@example.org", password };
  return nextAuth("POST", ["callback", "credentials"], { body, cookies });
}

describe("next-auth's routes", () => {
  // As scripts/start.ts sets it.
  beforeAll(() => void vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000"));

  it("signs in from the form's plain post, with its CSRF token, and goes back where the reader was", async () => {
    const answer = await postForm(PASSWORD);
    expect(answer).toMatchObject({ status: 302, location: "http://localhost:3000/admin" });
    expect(answer.cookies.has("next-auth.session-token")).toBe(true);
  });

  it("sends a wrong password and throttling back to the form as ?error=", async () => {
    const wrong = await postForm("wrong");
    expect(wrong.location).toBe("http://localhost:3000/api/auth/error?error=invalid");
    expect((await nextAuth("GET", ["error"], { query: { error: "invalid" } })).location).toBe("/signin?error=invalid");

    for (let i = 0; i < 4; i++) await postForm("wrong");
    const throttled = new URL((await postForm(PASSWORD)).location!).searchParams.get("error")!;
    expect(throttled).toMatch(/^throttled:1[45]$/);
    expect((await nextAuth("GET", ["error"], { query: { error: throttled } })).location).toBe(`/signin?error=${throttled}`);
  });

  it("refuses a post without next-auth's CSRF cookie, and the form then says to try again", async () => {
    const refused = await nextAuth("POST", ["callback", "credentials"], {
      body: { csrfToken: "forged", email: "editor@example.org", password: PASSWORD },
    });
    expect(refused.location).toBe("http://localhost:3000/api/auth/signin?csrf=true");
    expect(refused.cookies.has("next-auth.session-token")).toBe(false);
    // The refusal sets the cookie, so the form's next post carries a token that matches.
    expect(refused.cookies.has("next-auth.csrf-token")).toBe(true);
    expect(await routeGet("/api/auth/signin?csrf=true")).toEqual({ status: 303, location: "/signin?error=csrf" });
  });

  it("lands every page of next-auth's on the app's own", async () => {
    expect(await routeGet("/api/auth/callback/credentials")).toEqual({ status: 303, location: "/signin" });
    expect((await nextAuth("GET", ["verify-request"])).location).toBe("/signin");
    expect((await nextAuth("GET", ["signout"])).location).toBe("/signout");
    expect((await nextAuth("GET", ["signin"])).location).toMatch(/^\/signin\?callbackUrl=/);
    expect((await nextAuth("GET", ["error"], { query: { error: "Configuration" } })).location).toBe("/signin?error=Configuration");
    expect((await nextAuth("GET", ["error"], { query: { error: "CredentialsSignin" } })).location).toBe(
      "http://localhost:3000/api/auth/signin?error=CredentialsSignin",
    );
  });
});
