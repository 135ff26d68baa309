import { db } from "@/lib/db/client";

const WINDOW_MS = 15 * 60 * 1000;
// Five wrong passwords for one account, or twenty from one address, within
// fifteen minutes: enough for typos, far too few for guessing.
const LIMITS = { account: 5, address: 20 } as const;

/** The account tried, and the client's address when it is known (see client-address.ts). */
export type ThrottleKeys = { account: string; address: string | null };

function keysOf(keys: ThrottleKeys) {
  const counted = [["account", `account:${keys.account}`]] as ["account" | "address", string][];
  if (keys.address) counted.push(["address", `address:${keys.address}`]);
  return counted;
}

/**
 * Minutes until sign-in may be tried again, or 0 when it may be tried now.
 * Counts live in the database, so every app instance sees the same ones.
 */
export async function signInRetryAfterMinutes(keys: ThrottleKeys, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  let retryAt = 0;
  for (const [kind, key] of keysOf(keys)) {
    const failures = await db().signInAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: LIMITS[kind],
      select: { createdAt: true },
    });
    if (failures.length >= LIMITS[kind]) {
      retryAt = Math.max(retryAt, failures[failures.length - 1]!.createdAt.getTime() + WINDOW_MS);
    }
  }
  return retryAt ? Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)) : 0;
}

/** Records an attempt; a success clears the account's failures. */
export async function recordSignInAttempt(keys: ThrottleKeys, succeeded: boolean): Promise<void> {
  if (succeeded) {
    await db().signInAttempt.deleteMany({ where: { key: `account:${keys.account}`, succeeded: false } });
    return;
  }
  await db().signInAttempt.createMany({ data: keysOf(keys).map(([, key]) => ({ key, succeeded })) });
  // Old rows only slow the count down; drop them as we go.
  await db().signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - WINDOW_MS) } } });
}
