import type { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Action } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * A use-case, called with its input as typed (scripts, tests, other
 * use-cases), or through `fromUntrusted` with whatever a boundary received (a
 * form's fields, a request body), which only its schema may vouch for.
 * A versioned use-case returns the record it versions; its 409 carries the
 * current copy of that same record, so the conflict's payload is a `Result` too.
 */
export type UseCase<Schema extends z.ZodType, Result> = ((actor: Actor, input: z.input<Schema>) => Promise<Result>) & {
  readonly action: Action;
  readonly input: Schema;
  readonly fromUntrusted: (actor: Actor, input: unknown) => Promise<Result>;
};

/** What a use-case returns, for the boundaries built over it. */
export type ResultOf<U> = U extends { fromUntrusted: (actor: Actor, input: unknown) => Promise<infer Result> } ? Result : never;

/**
 * One write the product can make, and the only way to make it: the actor is
 * authorized against the permission table (401/403), the input is validated
 * with the schema forms and the API share (422), and `run` executes in one
 * transaction, so nothing is half-written. `run` records its own revision.
 */
export function defineUseCase<Schema extends z.ZodType, Result>(definition: {
  action: Action;
  input: Schema;
  /** A check that needs no transaction, made after validation and before the transaction opens (a rate limit's count). */
  admit?: (input: z.output<Schema>) => Promise<void>;
  run: (context: { actor: Actor; input: z.output<Schema>; tx: Tx }) => Promise<Result>;
}): UseCase<Schema, Result> {
  const execute = async (actor: Actor, rawInput: unknown) => {
    authorize(actor, definition.action);
    const input = parseInput(definition.input, rawInput);
    await definition.admit?.(input);
    return db().$transaction((tx) => definition.run({ actor, input, tx }), { timeout: 20_000 });
  };
  const typed = (actor: Actor, input: z.input<Schema>) => execute(actor, input);
  return Object.assign(typed, { action: definition.action, input: definition.input, fromUntrusted: execute });
}
