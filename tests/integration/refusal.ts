import { errorBody } from "@/lib/http/error-body";

/**
 * What a caller gets back for a write that must fail: the status, code,
 * message and field errors the boundary would answer with, in the given
 * language. A write that succeeds fails the test.
 */
export const refusal = (promise: Promise<unknown>, locale: "ar" | "en" = "ar") =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => errorBody(error, locale).error,
  );
