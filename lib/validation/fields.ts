import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";
import { ClaimStatus, CorrectionKind, ImportedClaimRole, LinkType, Role, SourceKind, StoryStatus, TimePrecision, TipChannel, TipStatus, TokenScope, WebhookEvent } from "@/lib/vocabulary";

// A lone surrogate (half of a cut emoji pair) is not text PostgreSQL can keep
// in a jsonb column, so a revision of it would fail. It becomes U+FFFD, as
// String.prototype.toWellFormed would do (ES2024, past this project's lib).
const LONE_SURROGATE = /\p{Surrogate}/gu;
// Characters that take no space: text made only of them shows as nothing. Inside
// real text ZWNJ and ZWJ shape Persian and Arabic letters, so they stay there.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * User text as it is stored: well-formed, without bidi or other control
 * characters (nothing stored can reorder the page around it), trimmed, and
 * empty when nothing in it would show.
 */
export function cleanUserText(value: string): string {
  const text = stripControlCharacters(value).replace(LONE_SURROGATE, "\uFFFD").trim();
  return text.replace(ZERO_WIDTH, "").trim() ? text : "";
}

/** Field schemas shared by every form and API body; user text goes through cleanUserText. */
export const cleanText = (max: number) =>
  z
    .string()
    .transform(cleanUserText)
    .pipe(z.string().min(1).max(max));

export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((value) => (value == null ? null : cleanUserText(value) || null))
    .pipe(z.string().max(max).nullable());

export const optionalUrl = z
  .string()
  .optional()
  .nullable()
  .transform((value) => (value == null ? null : cleanUserText(value) || null))
  .pipe(z.url({ protocol: /^https?$/ }).max(2000).nullable());

/** Names (tags, aliases) as a list (API) or one per line / comma-separated, in Arabic or Latin commas (forms); each kept once. */
export const nameList = (maxLength: number, maxNames: number) =>
  z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((value) => {
      const list = typeof value === "string" ? value.split(/[\n,،]/) : (value ?? []);
      return [...new Set(list.map(cleanUserText).filter(Boolean))];
    })
    .pipe(z.array(z.string().max(maxLength)).max(maxNames));

export const id = z.uuid({ error: "validation.choice" });
export const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((value) => value || null)
  .pipe(z.uuid({ error: "validation.choice" }).nullable());

// Versions count a record's saves in an int4 column: a larger number is a
// tampered form, which PostgreSQL would refuse as out of range.
const INT4_MAX = 2_147_483_647;

/** The version of a record a save was loaded at (optimistic locking: a stale one is a 409). */
export const version = z.coerce
  .number()
  .int({ error: "validation.version" })
  .positive({ error: "validation.version" })
  .max(INT4_MAX, { error: "validation.version" });

// Years outside this range are typing slips (a fifth digit, a year 0000), not
// dates a newsroom logs; they would also not survive formatting and storage.
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;

const isLoggedYear = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;

// What the claim form sends (a day, the first of a month or year, a time
// "2024-01-26T10:30:00Z") and ISO strings with an offset from the API. The
// year may run past four digits so that a slip ("20245") hears it is out of range.
const ISO_DATE_TEXT = /^(\d{4,})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether text is an ISO date or date-time naming a day the calendar has: new Date("2024-02-30") would be March 1st. */
function isCalendarDateText(text: string): boolean {
  const typed = ISO_DATE_TEXT.exec(text);
  if (!typed) return false;
  const [year, month, day] = typed.slice(1, 4).map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
}

export const date = z
  .union([z.date(), z.string()], { error: "validation.date" })
  .refine((value) => typeof value !== "string" || isCalendarDateText(value), { error: "validation.date", abort: true })
  .pipe(z.coerce.date({ error: "validation.date" }))
  .refine((value) => isLoggedYear(value.getUTCFullYear()), { error: "validation.dateRange" });

/**
 * A filter's calendar day (YYYY-MM-DD, as a date input writes it). A day in a
 * year `date` does not take moves to just outside those years, where nothing
 * is stored, so it filters as typed ("from 2999" finds nothing) and never
 * reaches PostgreSQL, which has no year 0000.
 */
export const filterDay = z.iso.date().transform((day) => {
  const year = Number(day.slice(0, 4));
  if (year < EARLIEST_YEAR) return `${EARLIEST_YEAR - 1}-12-31`;
  if (year > LATEST_YEAR) return `${LATEST_YEAR + 1}-01-01`;
  return day;
});

/** A time known only to the day, month or year is stored at the start of that period (UTC). */
export function truncateToPrecision(value: Date, precision: TimePrecision): Date {
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

// The vocabularies (lib/vocabulary.ts) as schemas.
export const linkTypeSchema = z.enum(LinkType);
export const sourceKindSchema = z.enum(SourceKind);
export const claimStatusSchema = z.enum(ClaimStatus);
export const storyStatusSchema = z.enum(StoryStatus);
export const timePrecisionSchema = z.enum(TimePrecision);
export const roleSchema = z.enum(Role);
export const tokenScopeSchema = z.enum(TokenScope);
export const correctionKindSchema = z.enum(CorrectionKind);
export const importedClaimRoleSchema = z.enum(ImportedClaimRole);
export const tipChannelSchema = z.enum(TipChannel);
export const tipStatusSchema = z.enum(TipStatus);
/** A token's scopes: a form's checkboxes (one value, several, or none) or a JSON list; each once. */
export const tokenScopesSchema = z
  .union([tokenScopeSchema, z.array(tokenScopeSchema)])
  .optional()
  .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])]);

export const webhookEventSchema = z.enum(WebhookEvent);
/** The events a webhook wants: a form's checkboxes or a JSON list, each once, at least one. */
export const webhookEventsSchema = z
  .union([webhookEventSchema, z.array(webhookEventSchema)])
  .optional()
  .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])])
  .refine((events) => events.length > 0, { error: "admin.webhooks.eventsRequired" });

export const language = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: "validation.language" })
  .default("ar");

/** A yes/no from a JSON body (true/false) or a form ("true"/"false", or a ticked checkbox's "on"). */
export const formBoolean = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((value) => value !== "false")]);
