/**
 * The client's address for throttling sign-ins, or null when it cannot be
 * trusted. Next's request carries no socket address, only headers, and any
 * client can write X-Forwarded-For: so it is believed only behind a proxy
 * that sets it (ISNAD_TRUST_PROXY=1), first hop first. Without one, only the
 * per-account limit applies; a shared "unknown" address would let one
 * attacker lock everybody out.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  if (process.env.ISNAD_TRUST_PROXY !== "1") return null;
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip")?.trim() || null;
}
