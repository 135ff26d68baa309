import { BlockList, isIP } from "node:net";

// Where a webhook may send: the public internet only. A newsroom's admin
// types the address, but the server sends the request, from inside whatever
// network it runs in: an address in a private range, the cloud metadata
// service (169.254.169.254) or localhost would let that form reach machines
// nobody meant to expose (SSRF). Checked when an address is registered and
// again on every connection, against what the name resolves to then
// (deliver-webhook.ts), so a name that later points inside is refused too.

// One list per family: a BlockList also checks IPv4 addresses against IPv6
// rules as IPv4-mapped, which the ::ffff:0:0/96 rule would then refuse all.
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  NON_PUBLIC_V4.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::", 96], // IPv4-compatible (deprecated)
  ["::ffff:0:0", 96], // IPv4-mapped: would reach any IPv4 address, private ones included
  ["64:ff9b::", 96], // NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  NON_PUBLIC_V6.addSubnet(network, prefix, "ipv6");
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/**
 * Whether webhooks may go to this machine itself (plain http included): in
 * development and tests, where the receiver is a local program, never in
 * production unless ISNAD_WEBHOOKS_ALLOW_LOOPBACK=1 says so (the e2e run).
 */
export function loopbackAllowed(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.ISNAD_WEBHOOKS_ALLOW_LOOPBACK === "1";
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** Whether a connection to `address` (an IP) is allowed. */
export function isAllowedAddress(address: string, allowLoopback = loopbackAllowed()): boolean {
  if (isIP(address) === 0) return false;
  if (allowLoopback && LOOPBACK.check(address, family(address))) return true;
  return family(address) === "ipv6" ? !NON_PUBLIC_V6.check(address, "ipv6") : !NON_PUBLIC_V4.check(address, "ipv4");
}

const isLoopbackName = (hostname: string) => hostname === "localhost" || hostname.endsWith(".localhost");
// Names only a local network resolves: never a partner's public address.
const isLocalNetworkName = (hostname: string) => !hostname.includes(".") || /\.(local|internal|lan|intranet|home\.arpa)$/.test(hostname);

export type WebhookUrlProblem = "admin.webhooks.urlInvalid" | "admin.webhooks.urlNotHttps" | "admin.webhooks.urlPrivate";

/**
 * Why a webhook may not be registered with this address, or null: it must be
 * https to a public host; http only to this machine, and only where
 * loopbackAllowed. No credentials in it (they would be sent to whoever the
 * name points at and shown in the admin's list).
 */
export function webhookUrlProblem(value: string, allowLoopback = loopbackAllowed()): WebhookUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "admin.webhooks.urlInvalid";
  }
  if (url.username || url.password) return "admin.webhooks.urlInvalid";
  if (url.protocol !== "http:" && url.protocol !== "https:") return "admin.webhooks.urlNotHttps";
  // The URL parser has already turned 2130706433, 0x7f.1 and the like into dotted IPv4.
  const hostname = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const literal = isIP(hostname) !== 0;
  if (literal ? LOOPBACK.check(hostname, family(hostname)) : isLoopbackName(hostname)) return allowLoopback ? null : "admin.webhooks.urlPrivate";
  if (literal ? !isAllowedAddress(hostname, false) : isLocalNetworkName(hostname)) return "admin.webhooks.urlPrivate";
  return url.protocol === "https:" ? null : "admin.webhooks.urlNotHttps";
}
