import { z } from "zod";
import type { PublicClaimList } from "@/lib/reader/list-public-claims";
import type { listPublicSources } from "@/lib/reader/list-public-sources";
import type { listPublicStories } from "@/lib/reader/list-public-stories";
import type { listPublicTags } from "@/lib/reader/list-public-tags";
import type { listVerdictScale } from "@/lib/reader/list-verdict-scale";
import { sourceKindSchema, timePrecisionSchema } from "@/lib/validation/fields";

// What the API's lists answer, as the contract partners build on: the
// OpenAPI document's response schemas come from these, the API tests parse
// live answers with them, and every object is strict, so a field the reader's
// queries start selecting fails the tests until it is added here on purpose.
// The compiler holds them to the queries: each schema must be exactly the
// JSON of what its query returns (see `JsonOf` and the checks at the end).

const when = z.iso.datetime({ offset: true });
const nullableText = z.string().nullable();
const cursor = z.string().nullable().describe("pass as `cursor` for the next page; null on the last page");

const tag = z.strictObject({ slug: z.string(), name: z.string(), nameEn: nullableText });
const verdict = z.strictObject({ key: z.string(), labelAr: z.string(), labelEn: z.string(), ratingValue: z.int(), color: z.string() });
const sourceSummary = z.strictObject({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  nameEn: nullableText,
  kind: sourceKindSchema,
  affiliation: z.strictObject({ slug: z.string(), name: z.string(), nameEn: nullableText }).nullable(),
});
const appearance = z.strictObject({
  id: z.uuid(),
  viaId: z.uuid().nullable(),
  url: nullableText,
  title: nullableText,
  quote: nullableText,
  publishedAt: when.nullable(),
  publishedAtPrecision: timePrecisionSchema,
  source: sourceSummary,
});

export const claimCardResponse = z.strictObject({
  id: z.uuid(),
  text: z.string(),
  summary: nullableText,
  language: z.string(),
  saidAt: when,
  saidAtPrecision: timePrecisionSchema,
  publishedAt: when.nullable(),
  updatedAt: when,
  verdictReasoning: nullableText,
  verdictAt: when.nullable(),
  claimant: sourceSummary,
  verdict: verdict.nullable(),
  tags: z.array(tag),
  chains: z.array(z.array(appearance)).describe("each attribution chain from where it was last carried back to where it started"),
});

export const claimListResponse = z.strictObject({
  claims: z.array(claimCardResponse),
  removed: z
    .array(z.strictObject({ id: z.uuid(), updatedAt: when }))
    .describe("with updated_since: claims once published and since taken off the site, to drop from a mirror"),
  nextCursor: cursor,
});

export const storyListResponse = z.strictObject({
  stories: z.array(
    z.strictObject({
      id: z.uuid(),
      slug: z.string(),
      title: z.string(),
      titleEn: nullableText,
      summary: nullableText,
      updatedAt: when,
      tags: z.array(tag),
      claimCount: z.int().describe("published claims in the story"),
    }),
  ),
  nextCursor: cursor,
});

export const sourceListResponse = z.strictObject({
  sources: z.array(
    z.strictObject({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      nameEn: nullableText,
      aliases: z.array(z.string()),
      kind: sourceKindSchema,
      description: nullableText,
      url: nullableText,
      country: nullableText,
      credibility: z.int().nullable(),
      credibilityReason: nullableText,
      updatedAt: when,
      affiliation: z.string().nullable().describe("the slug of the body it speaks for"),
      mergedInto: z.string().nullable().describe("the slug of the source it was merged into (then follow that one)"),
    }),
  ),
  nextCursor: cursor,
});

export const tagListResponse = z.strictObject({ tags: z.array(tag), nextCursor: cursor });
export const verdictListResponse = z.strictObject({ verdicts: z.array(verdict) });

/** What JSON.stringify makes of a query's result: dates become ISO strings. */
type JsonOf<T> = T extends Date ? string : T extends readonly (infer Item)[] ? JsonOf<Item>[] : T extends object ? { [Key in keyof T]: JsonOf<T[Key]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Answer<List extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<List>>;

// A schema and its query disagreeing (a field missing, added or typed otherwise) is a type error here.
export const responseSchemasMatchQueries: [
  Same<JsonOf<PublicClaimList>, z.output<typeof claimListResponse>>,
  Same<JsonOf<Answer<typeof listPublicStories>>, z.output<typeof storyListResponse>>,
  Same<JsonOf<Answer<typeof listPublicSources>>, z.output<typeof sourceListResponse>>,
  Same<JsonOf<Answer<typeof listPublicTags>>, z.output<typeof tagListResponse>>,
  Same<JsonOf<Answer<typeof listVerdictScale>>, z.output<typeof verdictListResponse>>,
] = [true, true, true, true, true];
