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

/** A desk page's own address with the query it was opened with (filters, a chosen story), to come back to after signing in. */
export function pathWithQuery(path: string, query: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of [value ?? []].flat()) search.append(name, one);
  const encoded = search.toString();
  return encoded ? `${path}?${encoded}` : path;
}
