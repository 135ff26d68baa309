import type { Prisma } from "@/lib/db/client";

// What readers may see, in one place: every public page, feed and API read
// goes through these filters (and the shapes in this folder select only
// public fields), so nothing private reaches a reader by a forgotten filter.

/** Published claims that were not deleted. */
export const publishedClaim = { status: "published", deletedAt: null } satisfies Prisma.ClaimWhereInput;

/** Published stories that were not deleted. */
export const publishedStory = { status: "published", deletedAt: null } satisfies Prisma.StoryWhereInput;

/**
 * Sources readers may see: not deleted, and either reviewed by an admin or
 * already named in something published. A source an editor proposed while
 * drafting a claim stays private until that claim is published.
 */
export const visibleSource = {
  deletedAt: null,
  OR: [{ status: "active" }, { claims: { some: publishedClaim } }, { appearances: { some: { claim: publishedClaim } } }],
} satisfies Prisma.SourceWhereInput;

// The body a source speaks for is shown only once an admin approved it: a
// proposed one must not leak its name through its affiliates. (Cheaper than
// visibleSource, whose published-claims test would run for every card.)
export const approvedSource = { status: "active", deletedAt: null } satisfies Prisma.SourceWhereInput;

/** Tags readers may see: on a published claim or story. */
export const visibleTag = {
  OR: [{ claims: { some: { claim: publishedClaim } } }, { stories: { some: { story: publishedStory } } }],
} satisfies Prisma.TagWhereInput;
