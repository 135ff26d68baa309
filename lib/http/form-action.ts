import "server-only";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import { getPreferences } from "@/lib/i18n/request-preferences";
import type { UseCase } from "@/lib/use-case";
import type { z } from "zod";
import { errorBody } from "./error-body";
import type { FormState } from "./form-state";

export type { FormState };



/**
 * Runs a use-case for a server action as the signed-in actor, and turns any
 * error a person can act on into form state in their language, keeping what
 * they typed (`values`) so nothing is lost on a failed save.
 */
export async function runFormAction<Schema extends z.ZodType, Result>(
  operation: UseCase<Schema, Result>,
  input: z.input<Schema>,
  options: { revalidate?: string[] } = {},
): Promise<Exclude<FormState<Result>, { status: "idle" }>> {
  const [actor, prefs] = await Promise.all([getActor(), getPreferences()]);
  try {
    const result = await operation(actor, input);
    for (const path of options.revalidate ?? []) revalidatePath(path);
    return { status: "ok", result };
  } catch (error) {
    const { error: body } = errorBody(error, prefs.locale);
    return { status: "error", message: body.message, code: body.code, fieldErrors: body.fieldErrors ?? {}, data: body.data, values: input };
  }
}

/** A form's fields as a plain object; repeated names become arrays. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const previous = values[name];
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

/** Forms with nested rows (a claim's chain) send their input as JSON in one "payload" field. */
export function formPayload(form: FormData): Record<string, unknown> {
  try {
    const value = JSON.parse(String(form.get("payload") ?? "{}"));
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}
