/**
 * The client's address for throttling sign-ins, or null when the request
 * names none. The production server (scripts/serve.ts) writes
 * X-Forwarded-For from the connection itself, unless a proxy in front is
 * trusted to set it (ISNAD_TRUST_PROXY=1), so its first hop can be believed.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip")?.trim() || null;
}
