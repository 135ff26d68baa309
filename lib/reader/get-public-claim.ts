import { db, type Prisma } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";
import { claimCardSelect, linkedClaimSelect, sourceSummarySelect, toClaimCard } from "./claim-card";
import { publicCorrectionSelect } from "./list-corrections";
import { publishedClaim, publishedStory } from "./visibility";

const claimPageSelect = {
  ...claimCardSelect,
  claimant: { select: { ...sourceSummarySelect, description: true, url: true } },
  evidence: { select: { id: true, url: true, archivedUrl: true, title: true, note: true }, orderBy: { position: "asc" } },
  linksFrom: { where: { toClaim: publishedClaim }, select: { type: true, note: true, toClaim: { select: linkedClaimSelect } }, orderBy: { createdAt: "asc" } },
  linksTo: { where: { fromClaim: publishedClaim }, select: { type: true, note: true, fromClaim: { select: linkedClaimSelect } }, orderBy: { createdAt: "asc" } },
  stories: { where: { story: publishedStory }, select: { story: { select: { slug: true, title: true, titleEn: true } } } },
  corrections: { select: publicCorrectionSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.ClaimSelect;

/**
 * A published claim with everything its page shows: the claimant and their
 * affiliation, the verdict with its evidence, the attribution chains (and the
 * appearances they are made of, for ClaimReview), every link in both
 * directions to other published claims, and the published stories it is in.
 * Drafts, claims in review, archived and deleted claims are not found.
 */
export async function getPublicClaim(id: string) {
  if (!isRecordId(id)) return null;
  const row = await db().claim.findFirst({ where: { id, ...publishedClaim }, select: claimPageSelect });
  if (!row) return null;
  const { evidence, linksFrom, linksTo, stories, corrections, ...card } = row;
  return {
    ...toClaimCard(card),
    claimant: row.claimant,
    appearances: row.appearances,
    evidence,
    /** What this claim does to others: "ينفي …". */
    outgoing: linksFrom.map(({ toClaim, ...link }) => ({ ...link, claim: toClaim })),
    /** What others do to this claim: "نفاه …". */
    incoming: linksTo.map(({ fromClaim, ...link }) => ({ ...link, claim: fromClaim })),
    stories: stories.map((entry) => entry.story),
    /** Its public notes, oldest first: "corrected on …", "updated on …". */
    corrections,
  };
}

export type PublicClaim = NonNullable<Awaited<ReturnType<typeof getPublicClaim>>>;
