import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { databaseOutage, noteRefusedDuringOutage, reportDatabaseDown } from "@/lib/db/database-outage";
import { databaseTrouble } from "@/lib/db/database-trouble";
import { translate, type Locale } from "@/lib/i18n/messages";
import type { ErrorBody } from "./error-body";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./error-body";
import { refusalPage, writeOwnAnswer } from "./incoming-request";

/** What answers without the database: the health check (it says what is down) and Next's built files. */
const needsNoDatabase = (path: string) => path === "/api/health" || path.startsWith("/_next/static/") || path === "/favicon.ico" || path === "/icon.svg";

/** The caller's language for an API answer, from Accept-Language (Arabic unless it asks for English). */
export function acceptLanguageLocale(accept: string | undefined): Locale {
  return accept?.trim().toLowerCase().startsWith("en") ? "en" : "ar";
}

/**
 * While this process knows the database is down, answers what needs it with
 * 503 and Retry-After itself, without a trip through Next: JSON in the API's
 * error shape for API routes, a page in both languages for everything else.
 * Returns whether it answered.
 */
export function answerDuringOutage(url: string | undefined, headers: IncomingHttpHeaders, response: ServerResponse): boolean {
  const path = (url ?? "/").split("?")[0]!;
  if (!databaseOutage() || needsNoDatabase(path)) return false;
  noteRefusedDuringOutage();
  const retry = { "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS) };
  if (path.startsWith("/api/")) {
    const locale = acceptLanguageLocale([headers["accept-language"] ?? ""].flat()[0]);
    const body: ErrorBody = { error: { status: 503, code: "error.databaseDown", message: translate(locale, "error.databaseDown") } };
    writeOwnAnswer(response, 503, JSON.stringify(body), { contentType: "application/json", headers: retry });
  } else {
    const text = (locale: Locale) => ({
      title: translate(locale, "outage.title"),
      text: `${translate(locale, "error.databaseDown")} ${translate(locale, "outage.draftsKept")}`,
    });
    writeOwnAnswer(response, 503, refusalPage(text("ar"), text("en")), { headers: retry });
  }
  return true;
}

/**
 * Makes `target.error` (Next writes a failed render's stack with it) report
 * an error that says the database is down to the outage, which logs it once,
 * instead of printing it; everything else is printed as before.
 */
export function quietOutageErrors(target: Pick<Console, "error">): void {
  const print = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    const down = args.find((arg) => databaseTrouble(arg) === "down");
    if (down) reportDatabaseDown(down);
    else print(...args);
  };
}
