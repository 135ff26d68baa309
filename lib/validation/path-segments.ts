import { id } from "./fields";

// Checks of a URL's path segments (and query parameters) before they reach a query: a segment no
// record could have is a 404, not a database error (a uuid column refuses
// other text, and PostgreSQL refuses a NUL byte anywhere).

/** Whether a path segment (or query parameter) can be a record's id. */
export const isRecordId = (value: string) => id.safeParse(value).success;

/** Whether a path segment can be a slug slugify made (letters, digits and dashes). */
export const isSlug = (value: string) => /^[\p{L}\p{N}-]{1,120}$/u.test(value);

/** A page's query parameter as one value: Next gives a repeated parameter as an array, an empty one as "". */
export const firstParam = (value: unknown) => (Array.isArray(value) ? value[0] : value) || undefined;

/** A dynamic route segment as stored (Arabic slugs arrive percent-encoded); null when it is not valid percent-encoding. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
