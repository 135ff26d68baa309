import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/**
 * A claim as a revision stores it: its own fields plus what an editor edits
 * with it (appearances, tags, stories, outgoing links, evidence), with the
 * names of the sources, the assignee and the stories involved so history
 * reads without lookups. Restoring a revision writes this shape back.
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
      linksFrom: { select: { toClaimId: true, type: true, note: true } },
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
    links: linksFrom,
  };
}

export type ClaimSnapshot = Awaited<ReturnType<typeof claimSnapshot>>;
