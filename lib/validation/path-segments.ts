import { id } from "./fields";

/**
 * Whether a path segment can name a record at all. Queries check it first so
 * that `/editor/claims/not-an-id` is a 404, not a database error on the uuid
 * column.
 */
export const isRecordId = (value: string) => id.safeParse(value).success;
