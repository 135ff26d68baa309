import { id } from "./fields";

// Checks of a URL's path segments before they reach a query: a segment no
// record could have is a 404, not a database error (a uuid column refuses
// other text, and PostgreSQL refuses a NUL byte anywhere).

/** Whether a path segment (or query parameter) can be a record's id. */
export const isRecordId = (value: string) => id.safeParse(value).success;

/** Whether a path segment can be a slug slugify made (letters, digits and dashes). */
export const isSlug = (value: string) => /^[\p{L}\p{N}-]{1,120}$/u.test(value);
