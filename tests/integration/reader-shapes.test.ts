/**
 * The reader's read-model (lib/reader/) answers with explicit public shapes:
 * whatever a public page, feed or the public API reads carries no internal
 * field. Each reader query runs on the worked example, with an assignee, a
 * proposed source and a merged one in it, and its whole answer is walked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { getPublicPages } from "@/lib/reader/get-public-pages";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";
import { listPublishedStories } from "@/lib/reader/list-published-stories";
import { getTrackRecord } from "@/lib/reader/track-record";
import { searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchSources } from "@/lib/search/search-sources";
import { demoClaimIds } from "./reader-demo";

/** Columns that are the desk's business, never a reader's. */
const INTERNAL_FIELDS = [
  "assigneeId",
  "assignee",
  "version",
  "searchText",
  "deletedAt",
  "mergedIntoId",
  "status",
  "claimantId",
  "verdictId",
  "sourceId",
  "createdAt",
  "passwordHash",
  "email",
  "normalized",
];

/** Every key path in a value whose last key is internal. */
function internalPaths(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => internalPaths(item, `${path}[${index}]`));
  if (!value || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(INTERNAL_FIELDS.includes(key) ? [`${path}.${key}`] : []),
    ...internalPaths(item, `${path}.${key}`),
  ]);
}

let ids: Awaited<ReturnType<typeof demoClaimIds>>;

beforeAll(async () => {
  await seedDemo();
  ids = await demoClaimIds();
  // Something internal to leak: the report is assigned to an editor.
  const editor = await db().user.create({ data: { email: "shapes@example.org", name: "محررة", passwordHash: "x", role: "editor" } });
  await db().claim.update({ where: { id: ids.report }, data: { assigneeId: editor.id } });
});

describe("the reader's read-model", () => {
  it("answers every public read with public fields only", async () => {
    const bloomberg = await db().source.findFirstOrThrow({ where: { nameEn: "Bloomberg" } });
    const profile = await getPublicSource(bloomberg.slug);
    expect(profile?.kind).toBe("found");
    const reads = {
      latest: await getLatestClaims(10),
      claim: await getPublicClaim(ids.report),
      denial: await getPublicClaim(ids.denial),
      story: await getStoryTimeline(DEMO_STORY_SLUG),
      stories: await listPublishedStories(),
      source: profile,
      sourceTimeline: await getSourceTimeline(bloomberg.id),
      trackRecord: await getTrackRecord(bloomberg.id),
      tag: await getTagTimeline((await db().tag.findFirstOrThrow()).slug),
      pages: await getPublicPages(),
      search: await searchClaims(parseSearchQuery({ q: "الكرملين" })),
      sources: await searchSources("بلومبرغ"),
    };
    // Each read found something, so an empty answer cannot pass for a clean one.
    for (const [name, read] of Object.entries(reads)) expect(read, name).toBeTruthy();
    expect(reads.search.claims.length).toBeGreaterThan(0);
    expect(internalPaths(reads)).toEqual([]);
  });

  it("notices a leak: the walk finds an internal field where one is", () => {
    expect(internalPaths({ claims: [{ id: "x", claimant: { version: 3 } }] })).toEqual(["$.claims[0].claimant.version"]);
  });
});
