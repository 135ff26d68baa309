import { z } from "zod";

/**
 * Schemas whose input type lets null in (a parser's draft or a cleared form
 * field may hold it, to be explained field by field) but which refuse it with
 * a message. The OpenAPI document shows them as they accept: not nullable.
 */
export const refusesNull = z.registry();

export function refusingNull<Schema extends z.ZodType>(schema: Schema): Schema {
  refusesNull.add(schema);
  return schema;
}
