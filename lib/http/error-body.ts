import { AppError } from "@/lib/errors";
import { isMessageKey, translate, type Locale } from "@/lib/i18n/messages";
import { localizeIssues } from "@/lib/validation/localize-issues";
import { ValidationError } from "@/lib/validation/parse-input";

export type ErrorBody = {
  error: {
    status: number;
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]>;
    data?: unknown;
  };
};

/** Maps known database refusals (constraint triggers, unique keys) to errors a person can act on. */
function fromDatabase(error: unknown): AppError | null {
  const text = String((error as { message?: string })?.message ?? error);
  if (text.includes("isnad:appearance_via_cycle") || text.includes("Appearance_not_via_self_check")) {
    return new AppError(422, "error.viaCycle");
  }
  if (text.includes("isnad:appearance_via_other_claim")) return new AppError(422, "error.viaOtherClaim");
  if (text.includes("ClaimLink_not_self_check")) return new AppError(422, "error.selfLink");
  if ((error as { code?: string })?.code === "P2002") return new AppError(409, "error.duplicate");
  return null;
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
    console.error(error);
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
