/**
 * The headers every answer carries, whoever writes it: Next (next.config.ts's
 * headers()) or the production server in front of it (scripts/serve.ts, for
 * the requests it refuses before Next sees them).
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  {
    key: "Content-Security-Policy",
    // Next's bootstrap is inline, hence 'unsafe-inline' for scripts; nothing loads from other origins.
    value:
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/**
 * The embeds' (/embed/…): made to be framed by any site, so only they relax
 * frame-ancestors and carry no X-Frame-Options; they run no script at all.
 */
export const EMBED_HEADERS: readonly { key: string; value: string }[] = [
  {
    key: "Content-Security-Policy",
    value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *",
  },
  ...SECURITY_HEADERS.filter((header) => !["Content-Security-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"].includes(header.key)),
];

/** The same, as a plain header object for node:http's writeHead. */
export const securityHeaderObject = (): Record<string, string> => Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));

/**
 * Server actions' body limit (Next's serverActions.bodySizeLimit): an import
 * review of a 200 kB article, with each piece's source sentence, can pass
 * Next's 1 MB default. The production server refuses more with 413 before Next reads it.
 */
export const SERVER_ACTION_BODY_LIMIT_MB = 3;
