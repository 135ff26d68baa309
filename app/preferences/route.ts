import { NextResponse, type NextRequest } from "next/server";
import { PREFERENCE_COOKIES, preferencesSchema } from "@/lib/i18n/preferences";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Remembers a reader's display choice in a cookie and sends them back where they were. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  // A relative Location: behind a server listening on 0.0.0.0 (or a proxy) the server's own origin is not the
  // one the browser used, and sending the reader there would lose the cookie just set.
  const back = safeBackPath(request.headers.get("referer"), request.headers.get("host"));
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  const choices = preferencesSchema.partial().safeParse(Object.fromEntries(form));
  for (const name of Object.keys(PREFERENCE_COOKIES) as (keyof typeof PREFERENCE_COOKIES)[]) {
    const value = form.get(name);
    if (typeof value !== "string" || !choices.success || choices.data[name] !== value) continue;
    response.cookies.set(PREFERENCE_COOKIES[name], value, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  return response;
}

/** Only same-host paths: the Referer header is not to be trusted as a redirect target. */
function safeBackPath(referer: string | null, host: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
