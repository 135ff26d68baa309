/**
 * Sign-in: one answer for every kind of failure, and throttling per account
 * and per address, counted in the database (so every app instance agrees).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInRetryAfterMinutes } from "@/lib/auth/sign-in-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";

const PASSWORD = "correct horse battery";
let passwordHash: string;

beforeEach(async () => {
  await db().signInAttempt.deleteMany();
  await db().user.deleteMany();
  passwordHash ??= await hashPassword(PASSWORD);
  await db().user.createMany({
    data: [
      { email: "editor@example.org", name: "editor", role: "editor", passwordHash },
      { email: "gone@example.org", name: "gone", role: "editor", passwordHash, disabledAt: new Date() },
    ],
  });
});

const attempt = (email: string, password: string, address = "203.0.113.7") => verifyCredentials({ email, password }, address);

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
    expect((throttled as { retryAfterMinutes: number }).retryAfterMinutes).toBeGreaterThanOrEqual(14);
    expect((throttled as { retryAfterMinutes: number }).retryAfterMinutes).toBeLessThanOrEqual(15);
    // Another account from the same addresses is not affected.
    await db().user.create({ data: { email: "other@example.org", name: "other", role: "reader", passwordHash } });
    expect(await attempt("other@example.org", PASSWORD, "198.51.100.0")).toMatchObject({ ok: true });
  });

  it("lets the account in again once the fifteen-minute window has passed", async () => {
    for (let i = 0; i < 5; i++) await attempt("editor@example.org", "wrong");
    const keys = { account: "editor@example.org", address: "203.0.113.7" };
    expect(await signInRetryAfterMinutes(keys)).toBeGreaterThan(0);
    expect(await signInRetryAfterMinutes(keys, new Date(Date.now() + 15 * 60_000 + 1000))).toBe(0);
  });

  it("throttles an address after twenty failures, whichever accounts it tries", async () => {
    for (let i = 0; i < 20; i++) await attempt(`guess${i}@example.org`, "wrong", "203.0.113.99");
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.99")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("editor@example.org", PASSWORD, "203.0.113.100")).toMatchObject({ ok: true });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await attempt("editor@example.org", "wrong");
    expect(await attempt("editor@example.org", PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await attempt("editor@example.org", "wrong");
    expect(await attempt("editor@example.org", PASSWORD)).toMatchObject({ ok: true });
  });
});
