import { NextResponse, type NextRequest } from "next/server";
import { PREFERENCE_COOKIES, preferencesSchema } from "@/lib/i18n/preferences";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Remembers a reader's display choice in a cookie and sends them back where they were. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const back = safeBackPath(request.headers.get("referer"), request.nextUrl.origin);
  const response = NextResponse.redirect(new URL(back, request.nextUrl.origin), 303);
  const choices = preferencesSchema.partial().safeParse(Object.fromEntries(form));
  for (const name of Object.keys(PREFERENCE_COOKIES) as (keyof typeof PREFERENCE_COOKIES)[]) {
    const value = form.get(name);
    if (typeof value !== "string" || !choices.success || choices.data[name] !== value) continue;
    response.cookies.set(PREFERENCE_COOKIES[name], value, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  return response;
}

/** Only same-origin paths: the Referer header is not to be trusted as a redirect target. */
function safeBackPath(referer: string | null, origin: string): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
