import { db } from "@/lib/db/client";

const WINDOW_MS = 15 * 60 * 1000;
const SECOND = 1000;
/** Failures an address has free in a window before it is slowed. */
const ADDRESS_FREE_FAILURES = 20;

/**
 * The account tried, the client's address when it is known (see
 * client-address.ts), and the remembered device the attempt comes from, if
 * it carries a valid cookie for this account (remembered-device.ts).
 */
export type ThrottleKeys = { account: string; address: string | null; device?: string | null };

type Kind = "account" | "pair" | "address" | "device";

/**
 * When a key may be tried again after its `failures`-th failure in the
 * window (null: at once). Counted per key, in fifteen-minute windows:
 * - account: five failures from devices the account did not sign in from before
 *   lock those devices out for the window; the account's remembered devices
 *   are not counted here, so a guesser cannot lock its owner out;
 * - device: a remembered device gets its own five;
 * - pair (account at one address): three tries free, then a delay that
 *   doubles with each failure;
 * - address: twenty free, then a delay that doubles up to thirty seconds, so
 *   a guesser behind an office's one address slows the office, never shuts it.
 */
const POLICY: Record<Kind, (failures: number, windowStartedAt: number, now: number) => number | null> = {
  account: (failures, windowStartedAt) => (failures >= 5 ? windowStartedAt + WINDOW_MS : null),
  device: (failures, windowStartedAt) => (failures >= 5 ? windowStartedAt + WINDOW_MS : null),
  pair: (failures, _, now) => (failures >= 3 ? now + Math.min(2 ** (failures - 3) * SECOND, WINDOW_MS) : null),
  address: (failures, _, now) =>
    failures >= ADDRESS_FREE_FAILURES ? now + Math.min(2 ** (failures - ADDRESS_FREE_FAILURES) * SECOND, 30 * SECOND) : null,
};

type Counted = { kind: Kind; key: string };

const keyOf = (kind: Kind, value: string): Counted => ({ kind, key: `${kind}:${value}` });

function keysOf({ account, address }: ThrottleKeys): Counted[] {
  const counted = [keyOf("account", account)];
  if (address) counted.push(keyOf("pair", `${account}|${address}`), keyOf("address", address));
  return counted;
}

/** What the counters say now: when the earliest next try is, or that this one may go ahead. */
export type Reservation = { allowed: true; counted: Counted[] } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt before its password is checked, in one transaction that
 * locks the keys' rows: racing guesses queue on the lock, and each sees the
 * ones before it, so no more are checked than the limits allow. The attempt
 * is counted as a failure until `settleSignInAttempt` hears it succeeded.
 * A refused attempt counts nothing, so retrying while blocked does not
 * extend the block.
 */
export async function reserveSignInAttempt(keys: ThrottleKeys, now = new Date()): Promise<Reservation> {
  if (keys.device) {
    const device = await reserve([keyOf("device", keys.device)], now.getTime());
    // A device that used up its own tries is an unknown device again.
    if (device.allowed) return device;
  }
  return reserve(keysOf(keys), now.getTime());
}

async function reserve(counted: Counted[], now: number): Promise<Reservation> {
  const keys = counted.map(({ key }) => key).sort();
  // Waiting for the rows' lock is the point, so the transaction may wait longer than Prisma's default.
  return db().$transaction(
    async (tx) => {
      await tx.signInThrottle.createMany({
        data: keys.map((key) => ({ key, windowStartedAt: new Date(now), blockedUntil: new Date(0) })),
        skipDuplicates: true,
      });
      // Lock in key order, so two attempts sharing keys never wait for each other in a circle.
      await tx.$queryRaw`SELECT 1 FROM "SignInThrottle" WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
      const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys } } });
      const current = rows.map((row) =>
        row.windowStartedAt.getTime() + WINDOW_MS <= now ? { ...row, failures: 0, windowStartedAt: new Date(now), blockedUntil: new Date(0) } : row,
      );
      const retryAt = Math.max(...current.map((row) => row.blockedUntil.getTime()));
      if (retryAt > now) return { allowed: false, retryAfterSeconds: Math.ceil((retryAt - now) / SECOND) };
      for (const row of current) {
        const failures = row.failures + 1;
        const { kind } = counted.find(({ key }) => key === row.key)!;
        const blockedUntil = POLICY[kind](failures, row.windowStartedAt.getTime(), now) ?? 0;
        await tx.signInThrottle.update({
          where: { key: row.key },
          data: { failures, windowStartedAt: row.windowStartedAt, blockedUntil: new Date(blockedUntil) },
        });
      }
      return { allowed: true, counted };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/**
 * A checked attempt's outcome: a success forgets the account's failures (and
 * those of its address pair and device); at the address it takes back only
 * its own count, so an office signing in all morning is never slowed, while
 * a guesser's failures there stay. A failure stays counted as reserved.
 * Expired rows go as we pass.
 */
export async function settleSignInAttempt(reservation: Extract<Reservation, { allowed: true }>, succeeded: boolean): Promise<void> {
  if (succeeded) {
    const forgotten = reservation.counted.filter(({ kind }) => kind !== "address").map(({ key }) => key);
    await db().signInThrottle.deleteMany({ where: { key: { in: forgotten } } });
    const address = reservation.counted.find(({ kind }) => kind === "address");
    if (address) {
      await db().signInThrottle.updateMany({ where: { key: address.key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
      // The delay this attempt's own count may have set goes with it.
      await db().signInThrottle.updateMany({ where: { key: address.key, failures: { lt: ADDRESS_FREE_FAILURES } }, data: { blockedUntil: new Date(0) } });
    }
  }
  await db().signInThrottle.deleteMany({ where: { windowStartedAt: { lt: new Date(Date.now() - WINDOW_MS) }, blockedUntil: { lt: new Date() } } });
}
