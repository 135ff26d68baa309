import { z } from "zod";
import { sourceKindSchema } from "@/lib/validation/fields";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";
import { slugCursorSchema, updatedCursorSchema } from "./list-cursor";

// The query parameters of the public API's lists. Unlike the reader's search
// page (which drops nonsense to still show a page), a program is told what is
// wrong: a bad parameter is a 422 naming it.

const MAX_PAGE = 200;

const words = z
  .string()
  .max(200)
  .transform((value) => stripControlCharacters(value).trim() || undefined)
  .optional();
const slug = z.string().min(1).max(120).optional();
const limit = z.coerce.number().int().min(1).max(MAX_PAGE).default(50);
const updatedSince = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .optional()
  .describe("ISO 8601 date-time: only what changed at or after it (published, edited, or taken off the site)");

/** A synced list's page: after the cursor, so many rows. */
const syncedPage = {
  cursor: updatedCursorSchema.optional().describe("nextCursor of the previous page"),
  limit: limit.describe(`rows per page, 1–${MAX_PAGE}`),
};

export const claimListQuery = z.object({
  updated_since: updatedSince,
  story: slug.describe("a story's slug"),
  source: slug.describe("a source's slug: claims it said or carried"),
  verdict: z.string().max(40).optional().describe("a verdict key"),
  tag: slug.describe("a tag's slug"),
  q: words.describe("words the claim's text matches (Arabic-normalized, stemmed)"),
  ...syncedPage,
});

export const storyListQuery = z.object({
  updated_since: updatedSince,
  tag: slug.describe("a tag's slug"),
  q: words.describe("words in the title"),
  ...syncedPage,
});

export const sourceListQuery = z.object({
  updated_since: updatedSince,
  kind: sourceKindSchema.optional().describe("what kind of source"),
  q: words.describe("words in the name or an alias"),
  ...syncedPage,
});

export const tagListQuery = z.object({
  q: words.describe("words in the name"),
  cursor: slugCursorSchema.optional().describe("nextCursor of the previous page"),
  limit: limit.describe(`rows per page, 1–${MAX_PAGE}`),
});

export type ClaimListQuery = z.output<typeof claimListQuery>;
export type StoryListQuery = z.output<typeof storyListQuery>;
export type SourceListQuery = z.output<typeof sourceListQuery>;
export type TagListQuery = z.output<typeof tagListQuery>;
