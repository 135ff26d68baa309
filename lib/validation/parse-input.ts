import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** A validation failure keeps zod's issues; the boundary translates them into the reader's language. */
export class ValidationError extends AppError {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(422, "error.validation");
  }
}

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  // The input in each issue lets localizeIssues name a list's item that is wrong (a tag too long).
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new ValidationError(result.error.issues);
  return result.data;
}
