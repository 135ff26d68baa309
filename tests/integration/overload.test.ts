/**
 * Overload degrades, never fails slowly: with every pooled connection busy a
 * request gets a 503 with Retry-After as soon as the pool's short wait runs
 * out (not a 5 s connect timeout and a 500), and every statement on every
 * connection is bounded by statement_timeout. The pool here is two
 * connections, its wait 300 ms and the statement bound one second, so the
 * test can fill and outlast them.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

process.env.DATABASE_POOL_SIZE = "2";
process.env.DATABASE_POOL_WAIT_MS = "300";
process.env.DATABASE_STATEMENT_TIMEOUT_MS = "1000";

vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => ({ kind: "anonymous" }) }));
vi.mock("@/lib/i18n/request-preferences", () => ({ getPreferences: async () => ({ locale: "ar", calendar: "gregory", digits: "latn" }) }));

const { db, disconnectDb } = await import("@/lib/db/client");
const { errorBody } = await import("@/lib/http/error-body");
const { GET: searchRoute } = await import("@/app/api/v1/search/route");

// The pool's short wait also bounds opening a connection, which on a loaded
// machine can take longer than 300 ms: open both before the tests, retrying,
// so the tests measure waiting for a busy pool, not the machine's load.
beforeAll(async () => {
  for (let attempt = 0; ; attempt++) {
    try {
      await Promise.all([db().$queryRaw`SELECT pg_sleep(0.05)::text`, db().$queryRaw`SELECT pg_sleep(0.05)::text`]);
      return;
    } catch (error) {
      if (attempt === 20) throw error;
    }
  }
});
afterAll(() => disconnectDb());

const search = (locale: string) =>
  searchRoute(new NextRequest("http://localhost/api/v1/search?q=%D8%A7%D9%84%D9%83%D8%B1%D9%85%D9%84%D9%8A%D9%86", { headers: { "accept-language": locale } }), {
    params: Promise.resolve({}),
  });

describe("a busy database", () => {
  it("bounds every statement on a pooled connection, in and out of transactions", async () => {
    const [outside] = await db().$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    const inside = await db().$transaction((tx) => tx.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`);
    expect([outside!.statement_timeout, inside[0]!.statement_timeout]).toEqual(["1s", "1s"]);
  });

  it("cuts off a statement that runs past the timeout, and answers it as busy (503)", async () => {
    const error = await db().$queryRaw`SELECT pg_sleep(3)::text`.then(() => null, (caught: unknown) => caught);
    expect(error).not.toBeNull();
    expect(errorBody(error, "en").error).toMatchObject({ status: 503, code: "error.databaseBusy" });
  });

  it("answers a request that finds every connection taken with 503 and Retry-After, in the caller's language", async () => {
    // Promise.all starts them (a Prisma query runs when first awaited).
    const holding = Promise.all([db().$queryRaw`SELECT pg_sleep(0.9)::text`, db().$queryRaw`SELECT pg_sleep(0.9)::text`]);
    // Both connections are checked out before the searches ask for theirs.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const [arabic, english] = await Promise.all([search("ar"), search("en")]);
    await holding;
    for (const response of [arabic, english]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("2");
    }
    expect((await arabic.json()).error).toMatchObject({ code: "error.databaseBusy", message: expect.stringMatching(/مشغول/) });
    expect((await english.json()).error.message).toMatch(/busy/);
    // Once the connections are back, the same request is served.
    expect((await search("en")).status).toBe(200);
  });
});
