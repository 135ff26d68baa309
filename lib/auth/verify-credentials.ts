import { z } from "zod";
import { db } from "@/lib/db/client";
import { rememberedDevice } from "./remembered-device";
import { generatePassword, hashPassword, verifyPassword } from "./password";
import { reserveSignInAttempt, settleSignInAttempt } from "./sign-in-throttle";

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionGeneration: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verified against when the email is unknown, so both failures take as long.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(generatePassword()));

/**
 * Checks an email and password. Unknown email, wrong password and disabled
 * account all answer the same "invalid", so sign-in reveals nothing about
 * which accounts exist.
 */
export async function verifyCredentials(
  raw: unknown,
  { address, cookieHeader }: { address: string | null; cookieHeader?: string },
): Promise<SignInResult> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const reservation = await reserveSignInAttempt({ account: email, address, device: rememberedDevice(cookieHeader, email) });
  if (!reservation.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };

  const user = await db().user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), password);
  const ok = Boolean(user && passwordMatches && !user.disabledAt);
  await settleSignInAttempt(reservation, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionGeneration: user.sessionGeneration } };
}
