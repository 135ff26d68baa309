import { z } from "zod";

// A list page ends with a cursor: the sort key of its last row, opaque to the
// caller (base64url JSON), so the next page starts right after it however many
// rows were added or changed before it (keyset pagination: no OFFSET that
// grows with the table, no row skipped or repeated).

/** Rows in (updatedAt, id) order, the order a partner syncs in. */
export type UpdatedCursor = { updatedAt: Date; id: string };

const updatedCursorJson = z.tuple([z.iso.datetime(), z.uuid()]).transform(([updatedAt, id]): UpdatedCursor => ({ updatedAt: new Date(updatedAt), id }));

const decoded = (value: string) => {
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
};

/** A cursor as the caller sends it back: refused (422) when it is not one this API made. */
export const updatedCursorSchema = z
  .string()
  .max(200)
  .transform((value, context) => {
    const parsed = updatedCursorJson.safeParse(decoded(value));
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", message: "validation.cursor" });
    return z.NEVER;
  });

export const slugCursorSchema = z
  .string()
  .max(200)
  .transform((value, context) => {
    const slug = decoded(value);
    if (typeof slug === "string") return slug;
    context.addIssue({ code: "custom", message: "validation.cursor" });
    return z.NEVER;
  });

export const encodeCursor = (key: UpdatedCursor | string) =>
  Buffer.from(JSON.stringify(typeof key === "string" ? key : [key.updatedAt.toISOString(), key.id])).toString("base64url");

/**
 * The page of rows and the cursor after it: one row more than the page is
 * read, so the last page says it is the last (nextCursor null).
 */
export function listPage<Row>(rows: Row[], limit: number, keyOf: (row: Row) => UpdatedCursor | string) {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? encodeCursor(keyOf(page.at(-1)!)) : null };
}
