import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { excerpt } from "@/lib/text/excerpt";

/** How much of a linked claim's words a revision keeps: enough to recognise it in the history. */
const LINKED_CLAIM_EXCERPT = 60;

/**
 * A claim as a revision stores it: its own fields plus what an editor edits
 * with it (appearances, tags, stories, outgoing links, evidence), with the
 * names of the sources, the assignee and the stories involved, and who said
 * each linked claim and how it began, so history reads without lookups.
 * Restoring a revision writes this shape back; the names beside the ids
 * (storyTitles, linkedClaims) are for reading only.
 */
export async function claimSnapshot(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: {
      claimant: { select: { name: true } },
      assignee: { select: { name: true } },
      verdict: { select: { labelAr: true, labelEn: true } },
      appearances: { orderBy: { createdAt: "asc" }, include: { source: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      stories: { select: { story: { select: { id: true, title: true } } } },
      linksFrom: {
        select: { toClaimId: true, type: true, note: true, toClaim: { select: { text: true, claimant: { select: { name: true } } } } },
      },
      evidence: { orderBy: { position: "asc" } },
    },
  });
  if (!claim) throw notFound("claim");
  const { tags, stories, linksFrom, ...rest } = claim;
  return {
    ...rest,
    tags: tags.map((entry) => entry.tag.name),
    storyIds: stories.map((entry) => entry.story.id),
    storyTitles: stories.map((entry) => entry.story.title),
    links: linksFrom.map(({ toClaimId, type, note }) => ({ toClaimId, type, note })),
    // One entry per linked claim, though it may be linked twice (denied and refuted).
    linkedClaims: [...new Map(linksFrom.map(({ toClaimId, toClaim }) => [toClaimId, toClaim])).entries()].map(([id, toClaim]) => ({
      id,
      claimant: toClaim.claimant,
      excerpt: excerpt(toClaim.text, LINKED_CLAIM_EXCERPT),
    })),
  };
}

export type ClaimSnapshot = Awaited<ReturnType<typeof claimSnapshot>>;
