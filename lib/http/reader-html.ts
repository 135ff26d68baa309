/**
 * Reader pages without the Next runtime. No public page has a client
 * component (what a reader does there, switching preferences or searching,
 * is a plain form; links are plain links), so the framework's scripts and
 * the React payload that repeats the page for it (two thirds of a long
 * story's bytes) do nothing but cost: ~140 kB of gzipped JavaScript and a
 * prefetch per link in view. The page cache (public-page-cache.ts) drops
 * them once, when it stores a page. A public route that gains a client
 * component goes in INTERACTIVE_ROUTES, and keeps them.
 *
 * Safe to do with patterns: React escapes `<` in text and attributes, and
 * JSON-LD is serialized with `<` escaped (jsonForScript, lib/reader/claim-review.ts), so
 * `<script` in the document is always a real tag.
 */

/** Public routes whose pages need client JavaScript (none today). */
const INTERACTIVE_ROUTES: RegExp[] = [];

// The runtime's chunks, their preloads, and the inline scripts that feed it (the flight data, Turbopack's chunk list).
const RUNTIME_CHUNK = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>|<link\b[^>]*\bhref="\/_next\/[^"]*"[^>]*\bas="script"[^>]*\/?>/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const RUNTIME_INLINE = /^\s*(\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\])/;

export function withoutRuntime(body: Buffer, contentType: string, path: string): Buffer {
  if (!contentType.startsWith("text/html") || INTERACTIVE_ROUTES.some((route) => route.test(path))) return body;
  const html = body
    .toString("utf8")
    .replace(RUNTIME_CHUNK, "")
    .replace(RUNTIME_PRELOAD, "")
    .replace(INLINE_SCRIPT, (tag, attributes: string, code: string) => (!/\btype=/.test(attributes) && RUNTIME_INLINE.test(code) ? "" : tag));
  return Buffer.from(html, "utf8");
}
