import { translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/preferences";

/** The embed's language: ?lang=en for English, Arabic otherwise. */
export const embedLocale = (request: Request): Locale => (new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ar");

export const embedResponse = (html: string) => new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });

/** A frame of something readers cannot see (or never existed) says so, in the frame's language. */
export const notEmbeddable = (locale: Locale) =>
  new Response(`<!doctype html><html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}"><meta charset="utf-8"><title>404</title><p>${translate(locale, "embed.notFound")}</p></html>`, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
