/** What a form shows after a submit: nothing yet, success, or what is wrong (translated, per field). */
export type FormState<Result = unknown> =
  | { status: "idle" }
  | { status: "ok"; result: Result; message?: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; code: string; data?: unknown; values?: unknown };

export const idleForm: FormState = { status: "idle" };
