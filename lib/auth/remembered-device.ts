import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A remembered device (OWASP's "device cookie"): set when an account signs
 * in, it lets that browser past the lock that guesses from elsewhere put on
 * the account (sign-in-throttle.ts), with its own count of tries. It is
 * signed for one account with the session secret, so it proves nothing for
 * another account and cannot be made up.
 */
export const DEVICE_COOKIE = "isnad-device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const secret = () => process.env.NEXTAUTH_SECRET;
const signature = (key: string, account: string, nonce: string) => createHmac("sha256", key).update(`${account}\n${nonce}`).digest("base64url");

/** A new cookie value for `account`, or null when no secret is set (nothing could be trusted). */
export function newDeviceCookie(account: string): string | null {
  const key = secret();
  if (!key) return null;
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(key, account, nonce)}`;
}

/** The Set-Cookie header that remembers this browser for `account`. */
export function deviceCookieHeader(account: string, secure: boolean): string | null {
  const value = newDeviceCookie(account);
  if (!value) return null;
  return `${secure ? "__Secure-" : ""}${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${DEVICE_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/**
 * The device's throttling key when the request's Cookie header carries a
 * valid device cookie for `account`, else null.
 */
export function rememberedDevice(cookieHeader: string | undefined, account: string): string | null {
  const key = secret();
  const value = cookieHeader?.match(new RegExp(`(?:^|;\\s*)(?:__Secure-)?${DEVICE_COOKIE}=([^;]*)`))?.[1];
  if (!key || !value) return null;
  const [nonce, signed] = value.split(".");
  if (!nonce || !signed) return null;
  const expected = Buffer.from(signature(key, account, nonce));
  const given = Buffer.from(signed);
  return expected.length === given.length && timingSafeEqual(expected, given) ? signed : null;
}
