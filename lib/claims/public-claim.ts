import type { Prisma } from "@/lib/db/client";
import { excerpt } from "@/lib/text/excerpt";
import { attributionChains } from "./attribution-chain";

/** What readers may see: published claims that were not deleted. */
export const publishedClaim = { status: "published", deletedAt: null } satisfies Prisma.ClaimWhereInput;

/** What readers may see of stories: published and not deleted. */
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

const sourceSummary = {
  select: {
    id: true,
    slug: true,
    name: true,
    nameEn: true,
    kind: true,
    affiliation: { where: approvedSource, select: { slug: true, name: true, nameEn: true } },
  },
} as const;

/** Everything a claim card shows: claimant, verdict, appearances for the chain, tags. */
export const claimCardInclude = {
  claimant: sourceSummary,
  verdict: true,
  appearances: { include: { source: sourceSummary }, orderBy: { createdAt: "asc" } },
  tags: { select: { tag: { select: { slug: true, name: true, nameEn: true } } } },
} as const satisfies Prisma.ClaimInclude;

export type ClaimCardRow = Prisma.ClaimGetPayload<{ include: typeof claimCardInclude }>;

/** A claim as a card shows it, with its attribution chains already walked. */
export function toClaimCard(row: ClaimCardRow) {
  const { appearances, tags, ...claim } = row;
  return { ...claim, tags: tags.map((entry) => entry.tag), chains: attributionChains(appearances) };
}

export type ClaimCard = ReturnType<typeof toClaimCard>;

/** Another claim, referred to in one line: who said it, when, and what. */
export const linkedClaimSelect = {
  id: true,
  text: true,
  summary: true,
  language: true,
  saidAt: true,
  saidAtPrecision: true,
  claimant: { select: { slug: true, name: true, nameEn: true } },
} as const satisfies Prisma.ClaimSelect;

export type LinkedClaim = Prisma.ClaimGetPayload<{ select: typeof linkedClaimSelect }>;

/** A claim in a line: its summary, else its words cut on a word boundary ("…"). */
export function claimGist(claim: { text: string; summary: string | null }, maxLength = 140): string {
  return excerpt(claim.summary ?? claim.text, maxLength);
}
