import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";

/**
 * useActionState for a server action made with runFormAction, typed with
 * what the action returns on success (the generated password, the token's
 * secret…), starting idle.
 */
export function useFormAction<Result>(action: (state: FormState, form: FormData) => Promise<FormState<Result>>) {
  return useActionState<FormState<Result>, FormData>(action, { status: "idle" });
}

/** What the person typed into `name` before a failed submit, so the form can show it again. */
export function submittedValue(state: FormState, name: string): string | undefined {
  if (state.status !== "error" || !state.values || typeof state.values !== "object") return undefined;
  const value = (state.values as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** The translated errors for one field after a failed submit. */
export function errorsFor(state: FormState, name: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}
