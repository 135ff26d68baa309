import { reportDatabaseDown } from "@/lib/db/database-outage";
import { databaseTrouble } from "@/lib/db/database-trouble";
import { AppError } from "@/lib/errors";
import { isMessageKey, translate, type Locale } from "@/lib/i18n/messages";
import { log } from "@/lib/runtime/log";
import { localizeIssues } from "@/lib/validation/localize-issues";
import { ValidationError } from "@/lib/validation/parse-input";

/** How long a caller told the database is busy (503) should wait before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;
/** The same while the database is down: long enough for a restart, short enough to notice its end. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

export type ErrorBody = {
  error: {
    status: number;
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]>;
    data?: unknown;
  };
};

// Foreign keys whose column is not the input field that chose it.
const FIELD_OF_FOREIGN_KEY: Record<string, string> = {
  StoryClaim_storyId_fkey: "storyIds",
  Appearance_sourceId_fkey: "appearances",
  Appearance_viaId_fkey: "appearances",
};

/**
 * A chosen record (a source, story, user) that is not there: deleted meanwhile,
 * or an id an API client made up. Names the field when the constraint says it.
 */
function missingReference(text: string): AppError {
  const constraint = /constraint: `(\w+_fkey)`/.exec(text)?.[1];
  // Otherwise the column: Claim_assigneeId_fkey is assigneeId.
  const field = constraint && (FIELD_OF_FOREIGN_KEY[constraint] ?? constraint.split("_")[1]);
  return new AppError(422, "error.missingReference", field ? { fieldErrors: { [field]: ["error.missingReference"] } } : {});
}

/** Maps known database refusals (constraint triggers, unique and foreign keys, a busy database) to errors a person can act on. */
function fromDatabase(error: unknown): AppError | null {
  const text = String((error as { message?: string })?.message ?? error);
  if (text.includes("isnad:appearance_via_cycle") || text.includes("Appearance_not_via_self_check")) {
    return new AppError(422, "error.viaCycle");
  }
  if (text.includes("isnad:appearance_via_other_claim")) return new AppError(422, "error.viaOtherClaim");
  if (text.includes("ClaimLink_not_self_check")) return new AppError(422, "error.selfLink");
  // Before the codes below: a database that is down or busy is a 503 whatever the statement was.
  const trouble = databaseTrouble(error);
  if (trouble === "down") {
    reportDatabaseDown(error);
    return new AppError(503, "error.databaseDown");
  }
  if (trouble === "busy") return new AppError(503, "error.databaseBusy");
  const code = (error as { code?: string })?.code;
  if (code === "P2002") return new AppError(409, "error.duplicate");
  if (code === "P2003") return missingReference(text);
  return null;
}

/** The Retry-After an error's answer carries: a limit's own wait, a database that is down, or one that is busy. */
export function retryAfterSeconds(error: unknown, body: ErrorBody["error"]): number | undefined {
  if (error instanceof AppError && error.details.retryAfterSeconds !== undefined) return error.details.retryAfterSeconds;
  if (body.status !== 503) return undefined;
  return body.code === "error.databaseDown" ? OUTAGE_RETRY_AFTER_SECONDS : BUSY_RETRY_AFTER_SECONDS;
}

/** Parameters that are message keys themselves (an entity's name) are translated too. */
function translatedParams(params: Record<string, string | number> | undefined, locale: Locale) {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" && isMessageKey(value) ? translate(locale, value) : value]),
  );
}

/**
 * The JSON body (and status) for an error, in the reader's language. Errors
 * we did not foresee are logged and answered with a generic 500.
 */
export function errorBody(error: unknown, locale: Locale): ErrorBody {
  const known = error instanceof AppError ? error : fromDatabase(error);
  if (!known) {
    log.error({ err: error }, "unexpected error");
    return { error: { status: 500, code: "internal", message: translate(locale, "error.internal") } };
  }
  const fieldErrors =
    known instanceof ValidationError
      ? localizeIssues(known.issues, locale)
      : known.details.fieldErrors &&
        Object.fromEntries(
          Object.entries(known.details.fieldErrors).map(([field, messages]) => [
            field,
            messages.map((message) => (isMessageKey(message) ? translate(locale, message) : message)),
          ]),
        );
  return {
    error: {
      status: known.status,
      code: known.messageKey,
      message: translate(locale, known.messageKey, translatedParams(known.details.params, locale)),
      ...(fieldErrors ? { fieldErrors } : {}),
      ...(known.details.data !== undefined ? { data: known.details.data } : {}),
    },
  };
}
