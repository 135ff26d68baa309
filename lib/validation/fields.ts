import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

/**
 * Field schemas shared by every form and API body. User text is trimmed and
 * loses bidi control characters, so nothing stored can reorder the page
 * around it.
 */
export const cleanText = (max: number) =>
  z
    .string()
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(z.string().min(1).max(max));

export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((value) => (value == null ? null : stripControlCharacters(value).trim() || null))
    .pipe(z.string().max(max).nullable());

export const optionalUrl = z
  .string()
  .optional()
  .nullable()
  .transform((value) => value?.trim() || null)
  .pipe(z.url({ protocol: /^https?$/ }).max(2000).nullable());

export const id = z.uuid({ error: "validation.choice" });
export const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((value) => value || null)
  .pipe(z.uuid({ error: "validation.choice" }).nullable());

export const timePrecision = z.enum(["exact", "day", "month", "year"]);
export type TimePrecisionValue = z.infer<typeof timePrecision>;

// Years outside this range are typing slips (a fifth digit, a year 0000), not
// dates a newsroom logs; they would also not survive formatting and storage.
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;

export const date = z.coerce
  .date({ error: "validation.date" })
  .refine((value) => !Number.isNaN(value.getTime()), { error: "validation.date", abort: true })
  .refine((value) => value.getUTCFullYear() >= EARLIEST_YEAR && value.getUTCFullYear() <= LATEST_YEAR, {
    error: "validation.dateRange",
  });

/** A time known only to the day, month or year is stored at the start of that period (UTC). */
export function truncateToPrecision(value: Date, precision: TimePrecisionValue): Date {
  const y = value.getUTCFullYear();
  switch (precision) {
    case "exact":
      return value;
    case "day":
      return new Date(Date.UTC(y, value.getUTCMonth(), value.getUTCDate()));
    case "month":
      return new Date(Date.UTC(y, value.getUTCMonth(), 1));
    case "year":
      return new Date(Date.UTC(y, 0, 1));
  }
}

export const linkType = z.enum(["denies", "refutes", "confirms", "supports", "corrects", "repeats", "context"]);
export const sourceKind = z.enum(["agency", "outlet", "government", "person", "anonymous", "social", "other"]);
export const claimStatus = z.enum(["draft", "in_review", "published", "archived"]);
export const language = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: "validation.language" })
  .default("ar");

/** Slugs keep Arabic and Latin letters and digits, so /sources/رويترز reads as what it is. */
export function slugify(text: string): string {
  return stripControlCharacters(text)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** A yes/no from a JSON body (true/false) or a form ("true"/"false", or a ticked checkbox's "on"). */
export const formBoolean = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((value) => value !== "false")]);
