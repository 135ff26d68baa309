import type { Prisma } from "@/lib/db/client";
import { excerpt } from "@/lib/text/excerpt";
import { attributionChains } from "./attribution-chain";
import { approvedSource } from "./visibility";

// The public shapes of claims: every field named, none by default, so a
// column added to Claim (or to Source, VerdictLevel, Tag) reaches readers only
// when it is added here.

/** A source as a card names it, with the body it speaks for once an admin approved that. */
export const sourceSummarySelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  kind: true,
  affiliation: { where: approvedSource, select: { slug: true, name: true, nameEn: true } },
} as const satisfies Prisma.SourceSelect;

/** The newsroom's rating, as readers see it. */
export const publicVerdictSelect = { key: true, labelAr: true, labelEn: true, ratingValue: true, color: true } as const satisfies Prisma.VerdictLevelSelect;

/** A tag as readers see it. */
export const publicTagSelect = { slug: true, name: true, nameEn: true } as const satisfies Prisma.TagSelect;

/** Everything a claim card shows: claimant, verdict, appearances for the chain, tags. */
export const claimCardSelect = {
  id: true,
  text: true,
  summary: true,
  language: true,
  saidAt: true,
  saidAtPrecision: true,
  publishedAt: true,
  updatedAt: true,
  verdictReasoning: true,
  verdictAt: true,
  claimant: { select: sourceSummarySelect },
  verdict: { select: publicVerdictSelect },
  appearances: {
    select: {
      id: true,
      viaId: true,
      url: true,
      title: true,
      quote: true,
      publishedAt: true,
      publishedAtPrecision: true,
      source: { select: sourceSummarySelect },
    },
    orderBy: { createdAt: "asc" },
  },
  tags: { select: { tag: { select: publicTagSelect } } },
} as const satisfies Prisma.ClaimSelect;

export type ClaimCardRow = Prisma.ClaimGetPayload<{ select: typeof claimCardSelect }>;

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
