/**
 * Where the production server (scripts/serve.ts) puts the client's address:
 * a header of our own that it always overwrites, so no client can write it
 * (Next keeps whatever X-Forwarded-For a client sends).
 */
export const CLIENT_ADDRESS_HEADER = "x-isnad-client-address";

/**
 * The client's address for throttling sign-ins, or null where no server of
 * ours named it (`next dev`): then only the per-account limit applies.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value)?.trim() || null;
}
