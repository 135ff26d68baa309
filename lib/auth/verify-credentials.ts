import { z } from "zod";
import { db } from "@/lib/db/client";
import { generatePassword, hashPassword, verifyPassword } from "./password";
import { recordSignInAttempt, signInRetryAfterMinutes } from "./sign-in-throttle";

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

// Verified against when the email is unknown, so both failures take as long.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(generatePassword()));

/**
 * Checks an email and password. Unknown email, wrong password and disabled
 * account all answer the same "invalid", so sign-in reveals nothing about
 * which accounts exist.
 */
export async function verifyCredentials(raw: unknown, address: string | null): Promise<SignInResult> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { account: email, address };

  const retryAfterMinutes = await signInRetryAfterMinutes(keys);
  if (retryAfterMinutes > 0) return { ok: false, reason: "throttled", retryAfterMinutes };

  const user = await db().user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), password);
  const ok = Boolean(user && passwordMatches && !user.disabledAt);
  await recordSignInAttempt(keys, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
