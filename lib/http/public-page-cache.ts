/**
 * The front server's cache of public pages (scripts/serve.ts). A public page
 * is the same for every reader who is not signed in, up to the three display
 * preferences, so it is rendered once per address and preference variant,
 * kept (gzipped too) and answered from memory with an ETag and a
 * Cache-Control a CDN can use, until a table readers see changes: then every
 * instance's cache empties (lib/db/public-changes.ts hears the commit).
 *
 * A request is answered here only when it is a GET or HEAD of a public route
 * with no session cookie, no Authorization header and no router (RSC)
 * headers; everything else goes to Next untouched. A miss is rendered by
 * Next through the instance's internal listener with only the normalized
 * preference cookies, so what is stored cannot depend on who asked first;
 * concurrent misses of one page share one render.
 */
import { createHash } from "node:crypto";
import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { PREFERENCE_COOKIES, parsePreferences } from "@/lib/i18n/preferences";

/** Public answers: browsers revalidate every time (ETag → 304); a CDN may keep a page a minute and serve it stale while it refetches. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";
/** Every cached answer varies with the preference cookies (and the session cookie, which turns caching off) and the encoding. */
export const PUBLIC_VARY = "Cookie, Accept-Encoding";
/** Says how an answer was made: hit (from memory), miss (rendered now, stored), shared (joined a render in progress), bypass (not stored). */
export const CACHE_STATUS_HEADER = "x-isnad-page-cache";

/** The reader routes whose answers are the same for everyone not signed in. */
const PUBLIC_ROUTES = [
  /^\/$/,
  /^\/(stories|claims|sources|tags)\/[^/]+(\/feed\.xml)?$/,
  /^\/(search|corrections|methodology|corrections-policy)$/,
  /^\/(feed\.xml|corrections\/feed\.xml|sitemap\.xml|robots\.txt)$/,
  /^\/api\/v1\/search$/,
];

// Headers that describe one transfer (or that this cache sets itself), never replayed from a stored answer.
const NOT_REPLAYED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "cache-control",
  "vary",
  "etag",
  "set-cookie",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
]);

type Rendered = { status: number; headers: OutgoingHttpHeaders; body: Buffer };
type Entry = Rendered & { gzip: Buffer; etag: string; bytes: number };
// A page answers from the cache's format; anything else (not 200, or setting a cookie) is passed on as Next rendered it.
type Outcome = { page: true; entry: Entry } | { page: false; rendered: Rendered };

export type PublicPageCacheOptions = {
  /** Where this instance's Next handler listens for renders (the internal listener). */
  renderOrigin: () => URL;
  /** Most bytes kept (bodies plus their gzip); the least recently used pages go first. */
  maxBytes?: number;
  /** Rewrites a stored page once, when it is rendered (e.g. drops the runtime of pages nobody interacts with). */
  transform?: (body: Buffer, contentType: string, path: string) => Buffer;
};

function cookiesOf(headers: IncomingHttpHeaders): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (headers.cookie ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0) jar.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  return jar;
}

/**
 * The cache key of a request this cache may answer, or null when Next must
 * answer it itself (not a public route, a signed-in reader, an API token, a
 * router request, a method other than GET/HEAD).
 */
export function publicCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  if (headers.authorization || headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"]) return null;
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  if (!PUBLIC_ROUTES.some((route) => route.test(path))) return null;
  if (query !== -1 && /(^|&)_rsc=/.test(url.slice(query + 1))) return null;
  const jar = cookiesOf(headers);
  // next-auth's session cookie (chunked as .0, .1 … when large; __Secure- on https).
  if ([...jar.keys()].some((name) => name.includes("next-auth.session-token"))) return null;
  const prefs = preferenceVariant(jar);
  return `${prefs.locale}|${prefs.calendar}|${prefs.digits} ${url}`;
}

function preferenceVariant(jar: Map<string, string>) {
  return parsePreferences({
    locale: jar.get(PREFERENCE_COOKIES.locale),
    calendar: jar.get(PREFERENCE_COOKIES.calendar),
    digits: jar.get(PREFERENCE_COOKIES.digits),
  });
}

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

const acceptsGzip = (header: string | undefined) => /\bgzip\b(?!\s*;\s*q=0(\.0+)?\b)/i.test(header ?? "");

export function createPublicPageCache(options: PublicPageCacheOptions) {
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Outcome>>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let bytes = 0;
  let generation = 0;
  let enabled = false;

  const clear = () => {
    generation++;
    entries.clear();
    rendering.clear();
    bytes = 0;
  };

  const store = (key: string, entry: Entry) => {
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= old.bytes;
    }
  };

  /** Renders the page through Next with only the variant's preference cookies. */
  const render = (url: string, variantCookie: string): Promise<Rendered> =>
    new Promise((resolve, reject) => {
      const origin = options.renderOrigin();
      const request = http.request(
        { host: origin.hostname, port: origin.port, path: url, method: "GET", agent, headers: { cookie: variantCookie, accept: "*/*", "accept-encoding": "identity" } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }));
        },
      );
      request.on("error", reject);
      request.end();
    });

  const fill = async (key: string, url: string, jar: Map<string, string>): Promise<Outcome> => {
    const startedIn = generation;
    const prefs = preferenceVariant(jar);
    const variantCookie = `${PREFERENCE_COOKIES.locale}=${prefs.locale}; ${PREFERENCE_COOKIES.calendar}=${prefs.calendar}; ${PREFERENCE_COOKIES.digits}=${prefs.digits}`;
    const rendered = await render(url, variantCookie);
    if (rendered.status !== 200 || rendered.headers["set-cookie"]) return { page: false, rendered };
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(rendered.headers)) if (!NOT_REPLAYED.has(name) && value !== undefined) headers[name] = value;
    const contentType = String(rendered.headers["content-type"] ?? "");
    const body = options.transform ? options.transform(rendered.body, contentType, url.split("?")[0]!) : rendered.body;
    const gzip = gzipSync(body);
    const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    const entry: Entry = { status: 200, headers, body, gzip, etag, bytes: body.length + gzip.length };
    // A change heard while this rendered may not be in it: answer this once, keep nothing.
    if (startedIn === generation && enabled) store(key, entry);
    return { page: true, entry };
  };

  const send = (request: IncomingMessage, response: ServerResponse, entry: Entry, status: string) => {
    const headers: OutgoingHttpHeaders = { ...entry.headers, "cache-control": PUBLIC_CACHE_CONTROL, vary: PUBLIC_VARY, etag: entry.etag, [CACHE_STATUS_HEADER]: status };
    if (matchesEtag(request.headers["if-none-match"], entry.etag)) {
      response.writeHead(304, { etag: entry.etag, "cache-control": PUBLIC_CACHE_CONTROL, vary: PUBLIC_VARY, [CACHE_STATUS_HEADER]: status });
      response.end();
      return;
    }
    const gzip = acceptsGzip(request.headers["accept-encoding"]);
    const body = gzip ? entry.gzip : entry.body;
    response.writeHead(200, { ...headers, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": body.length });
    response.end(request.method === "HEAD" ? undefined : body);
  };

  const sendRendered = (request: IncomingMessage, response: ServerResponse, rendered: Rendered) => {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(rendered.headers)) {
      if (!["connection", "keep-alive", "transfer-encoding", "content-length"].includes(name) && value !== undefined) headers[name] = value;
    }
    response.writeHead(rendered.status, { ...headers, "content-length": rendered.body.length, [CACHE_STATUS_HEADER]: "bypass" });
    response.end(request.method === "HEAD" ? undefined : rendered.body);
  };

  return {
    /**
     * Answers the request from the cache (rendering it first on a miss) and
     * returns true, or returns false and leaves it to the caller's Next handler.
     */
    answer(request: IncomingMessage, response: ServerResponse): boolean {
      if (!enabled) return false;
      const key = publicCacheKey(request.method, request.url, request.headers);
      if (key === null) return false;
      const hit = entries.get(key);
      if (hit) {
        // Most recently used goes last: the first entries are the ones to evict.
        entries.delete(key);
        entries.set(key, hit);
        send(request, response, hit, "hit");
        return true;
      }
      let pending = rendering.get(key);
      const status = pending ? "shared" : "miss";
      if (!pending) {
        pending = fill(key, request.url!, cookiesOf(request.headers));
        rendering.set(key, pending);
        const settled = pending;
        void settled.finally(() => rendering.get(key) === settled && rendering.delete(key)).catch(() => {});
      }
      pending.then(
        (outcome) => (outcome.page ? send(request, response, outcome.entry, status) : sendRendered(request, response, outcome.rendered)),
        (error: unknown) => {
          console.error("[page cache] render failed", error);
          if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
          response.end("The page could not be rendered.");
        },
      );
      return true;
    },
    /** A table readers see changed (or may have, unheard): forget every page. */
    invalidate: clear,
    /** Listening for changes: pages may be kept. Cleared, since changes may have been missed before. */
    enable() {
      clear();
      enabled = true;
    },
    /** Not listening: nothing kept could be trusted, nothing is answered from memory until enable(). */
    disable() {
      enabled = false;
      clear();
    },
    stats: () => ({ enabled, pages: entries.size, bytes }),
    close: () => agent.destroy(),
  };
}

export type PublicPageCache = ReturnType<typeof createPublicPageCache>;
