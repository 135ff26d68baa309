/**
 * Where to send someone after signing in: only a path on this site. Anything
 * the browser would read as another host ("//evil.example", "/\evil.example",
 * "https://…") becomes "/", so the sign-in page cannot be used to bounce
 * people to a look-alike site.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = typeof value === "string" ? value : "/";
  if (!path.startsWith("/")) return "/";
  const base = "http://isnad.invalid";
  try {
    const url = new URL(path, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
