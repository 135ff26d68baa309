import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { translate } from "@/lib/i18n/messages";
import { getPreferences } from "@/lib/i18n/request-preferences";
import type { UseCase } from "@/lib/use-case";
import type { z } from "zod";
import { isRecord } from "./api-route";
import { errorBody } from "./error-body";
import type { FormAction, FormFields, FormState } from "./form-state";

/** How a form sends its use-case's input: as its fields, or (forms with nested rows, such as a claim's chain) as JSON in one "payload" field. */
type FormInput = "fields" | "payload";

type FormActionOptions<Schema extends z.ZodType, Result> = {
  input?: FormInput;
  /** Fields the server sets from the request (a client's address), over whatever the form sent under those names. */
  serverFields?: () => Promise<Partial<z.input<Schema>>>;
  /** Pages whose content the save changes. */
  revalidate?: readonly string[];
  /** Where a successful save goes (a redirect); without it the form shows the result. */
  redirectTo?: (result: Result, form: FormData) => string;
};

/**
 * The server action for a form: reads the form, runs the use-case as the
 * signed-in actor, revalidates what it changed, and goes where the save
 * leads. An error a person can act on becomes form state in their language,
 * keeping what they typed, so nothing is lost on a failed save.
 *
 *   export const createSourceAction = formAction(createSource, { revalidate: ["/admin/sources"] });
 */
export function formAction<Schema extends z.ZodType, Result>(
  useCase: UseCase<Schema, Result>,
  options: FormActionOptions<Schema, Result> = {},
): FormAction<Result> {
  return async (_previous, form) => {
    // A hand-made post can call the action with anything as its arguments.
    if (!(form instanceof FormData)) return unreadableForm();
    const fields = options.input === "payload" ? null : formFields(form);
    const sent = fields ?? formPayload(form);
    const input = options.serverFields && isRecord(sent) ? { ...sent, ...(await options.serverFields()) } : sent;
    const state = await runUseCase(useCase, input, options.revalidate);
    if (state.status === "ok" && options.redirectTo) redirect(options.redirectTo(state.result, form));
    return state.status === "error" && fields ? { ...state, values: fields } : state;
  };
}

/**
 * Runs a use-case for a server action that is called directly (not bound to
 * a form), with input typed as the use-case takes it.
 */
export function runUseCaseAction<Schema extends z.ZodType, Result>(
  useCase: UseCase<Schema, Result>,
  input: z.input<Schema>,
  revalidate?: readonly string[],
): Promise<Exclude<FormState<Result>, { status: "idle" }>> {
  return runUseCase(useCase, input, revalidate);
}

async function runUseCase<Schema extends z.ZodType, Result>(
  useCase: UseCase<Schema, Result>,
  input: unknown,
  revalidate: readonly string[] = [],
): Promise<Exclude<FormState<Result>, { status: "idle" }>> {
  const [actor, prefs] = await Promise.all([getActor(), getPreferences()]);
  try {
    const result = await useCase.fromUntrusted(actor, input);
    for (const path of revalidate) revalidatePath(path);
    return { status: "ok", result };
  } catch (error) {
    const { error: body } = errorBody(error, prefs.locale);
    return { status: "error", message: body.message, code: body.code, fieldErrors: body.fieldErrors ?? {}, ...conflictCopy<Result>(error) };
  }
}

async function unreadableForm(): Promise<FormState<never>> {
  const { locale } = await getPreferences();
  return { status: "error", code: "error.malformedAction", message: translate(locale, "error.malformedAction"), fieldErrors: {} };
}

/**
 * A 409's current copy of the record. By the use-case contract (lib/use-case.ts)
 * it is the record the use-case returns, so it is typed as its result.
 */
function conflictCopy<Result>(error: unknown): { current?: Result } {
  if (!(error instanceof AppError) || error.status !== 409) return {};
  const data = error.details.data;
  return data && typeof data === "object" && "current" in data ? { current: data.current as Result } : {};
}

function formFields(form: FormData): FormFields {
  const values: FormFields = {};
  for (const [name, value] of form) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const previous = values[name];
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

function formPayload(form: FormData): unknown {
  try {
    return JSON.parse(String(form.get("payload") ?? "{}"));
  } catch {
    // Not JSON: the schema refuses it field by field, as it would an empty form.
    return {};
  }
}
