/** A form's fields as a plain object; repeated names become arrays. */
export type FormFields = Record<string, string | string[]>;

/**
 * What a form shows after a submit: nothing yet, success with the use-case's
 * result, or what is wrong (translated, per field). A 409 on a versioned
 * record carries that record as it is now (`current`), for the form to merge
 * with; a form that posts its fields gets them back (`values`), so nothing
 * typed is lost.
 */
export type FormState<Result = unknown> =
  | { status: "idle" }
  | { status: "ok"; result: Result }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; code: string; current?: Result; values?: FormFields };

/** A server action a form is bound to (useActionState), made by formAction (lib/http/form-action.ts). */
export type FormAction<Result = unknown> = (previous: FormState<Result>, form: FormData) => Promise<FormState<Result>>;

export const idleForm: FormState<never> = { status: "idle" };
