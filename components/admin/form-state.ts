import { useActionState } from "react";
import { idleForm, type FormAction, type FormState } from "@/lib/http/form-state";

/**
 * useActionState for a server action made with formAction, typed with
 * what the action returns on success (the generated password, the token's
 * secret…), starting idle.
 */
export function useFormAction<Result>(action: FormAction<Result>) {
  return useActionState<FormState<Result>, FormData>(action, idleForm);
}

/** What the person typed into `name` before a failed submit, so the form can show it again. */
export function submittedValue(state: FormState, name: string): string | undefined {
  const value = state.status === "error" ? state.values?.[name] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** What was checked among several same-named fields (checkboxes) when a submit failed. */
export function submittedValues(state: FormState, name: string): string[] {
  const value = state.status === "error" ? state.values?.[name] : undefined;
  return value === undefined ? [] : [value].flat();
}

/** The translated errors for one field after a failed submit. */
export function errorsFor(state: FormState, name: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}
