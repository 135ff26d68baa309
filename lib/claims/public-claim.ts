import type { Prisma } from "@/lib/db/client";
import { attributionChains } from "./attribution-chain";

/** What readers may see: published claims that were not deleted. */
export const publishedClaim = { status: "published", deletedAt: null } satisfies Prisma.ClaimWhereInput;

const sourceSummary = {
  select: { id: true, slug: true, name: true, nameEn: true, kind: true, affiliation: { select: { slug: true, name: true, nameEn: true } } },
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
