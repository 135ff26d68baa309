import type { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Action } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";

export type UseCase<Schema extends z.ZodType, Result> = ((actor: Actor, input: z.input<Schema>) => Promise<Result>) & {
  readonly action: Action;
  readonly input: Schema;
};

/**
 * One write the product can make, and the only way to make it: the actor is
 * authorized against the permission table (401/403), the input is validated
 * with the schema forms and the API share (422), and `run` executes in one
 * transaction, so nothing is half-written. `run` records its own revision.
 */
export function defineUseCase<Schema extends z.ZodType, Result>(definition: {
  action: Action;
  input: Schema;
  run: (context: { actor: Actor; input: z.output<Schema>; tx: Tx }) => Promise<Result>;
}): UseCase<Schema, Result> {
  const execute = async (actor: Actor, rawInput: z.input<Schema>) => {
    authorize(actor, definition.action);
    const input = parseInput(definition.input, rawInput);
    return db().$transaction((tx) => definition.run({ actor, input, tx }), { timeout: 20_000 });
  };
  return Object.assign(execute, { action: definition.action, input: definition.input });
}
