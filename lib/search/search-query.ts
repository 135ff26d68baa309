import { z } from "zod";
import { firstParam } from "@/lib/validation/path-segments";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";
import { filterDay } from "@/lib/validation/fields";

/** Search parameters arrive as a URL's query: a value may be missing, repeated or nonsense. */
type RawParams = Record<string, string | string[] | undefined>;

const text = (max: number) =>
  z.preprocess(
    firstParam,
    z
      .string()
      .max(max)
      .transform((value) => stripControlCharacters(value).trim() || undefined)
      .optional()
      .catch(undefined),
  );
const day = z.preprocess(firstParam, filterDay.optional().catch(undefined));

// Nonsense in a parameter drops that parameter rather than failing the page:
// a reader who mistypes a URL still gets a search.
export const searchQuerySchema = z.object({
  q: text(200),
  tag: text(120),
  source: text(120),
  verdict: text(40),
  from: day,
  to: day,
  page: z.preprocess(firstParam, z.coerce.number().int().min(1).max(500).catch(1).default(1)),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

export function parseSearchQuery(params: RawParams): SearchQuery {
  return searchQuerySchema.parse(params);
}

/** Whether anything narrows the search besides the words. */
export const hasSearchFilters = (query: SearchQuery) => Boolean(query.tag || query.source || query.verdict || query.from || query.to);

/** The query string of `query` with some parameters changed: pagination and filter links. */
export function searchHref(query: SearchQuery, change: Partial<SearchQuery> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change })) {
    if (value === undefined || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}
