import { db } from "@/lib/db/client";
import type { LinkType } from "@/lib/db/generated/enums.ts";
import { claimCardInclude, publishedClaim, toClaimCard, type ClaimCard } from "@/lib/claims/public-claim";

/** Links that answer a claim: shown attached to it rather than as events of their own. */
export const ANSWER_LINK_TYPES = ["denies", "refutes", "confirms", "supports", "corrects"] as const satisfies LinkType[];
type AnswerLinkType = (typeof ANSWER_LINK_TYPES)[number];

export type TimelineAnswer = { type: AnswerLinkType; claim: ClaimCard };
export type TimelineEvent = {
  claim: ClaimCard;
  answers: TimelineAnswer[];
  /** The earlier claims this one follows up, repeats or corrects in context. */
  followsUp: { type: LinkType; claim: Pick<ClaimCard, "id" | "saidAt" | "saidAtPrecision" | "summary" | "text"> }[];
};

/**
 * A published story as a timeline: its published claims oldest first, each
 * with the answers (denials, confirmations, …) attached to it. Two queries,
 * whatever the story's size.
 */
export async function getStoryTimeline(slug: string) {
  const story = await db().story.findFirst({
    where: { slug, status: "published", deletedAt: null },
    include: { tags: { select: { tag: { select: { slug: true, name: true, nameEn: true } } } } },
  });
  if (!story) return null;

  const rows = await db().claim.findMany({
    where: { ...publishedClaim, stories: { some: { storyId: story.id } } },
    include: {
      ...claimCardInclude,
      linksFrom: { where: { toClaim: publishedClaim }, select: { type: true, toClaimId: true } },
    },
    orderBy: [{ saidAt: "asc" }, { createdAt: "asc" }],
  });

  const cards = new Map(rows.map((row) => [row.id, toClaimCard(row)]));
  const answersOf = new Map<string, TimelineAnswer[]>();
  const isAnswer = new Set<string>();
  for (const row of rows) {
    for (const link of row.linksFrom) {
      if (!(ANSWER_LINK_TYPES as readonly LinkType[]).includes(link.type) || !cards.has(link.toClaimId)) continue;
      isAnswer.add(row.id);
      const list = answersOf.get(link.toClaimId) ?? [];
      list.push({ type: link.type as AnswerLinkType, claim: cards.get(row.id)! });
      answersOf.set(link.toClaimId, list);
    }
  }

  const events: TimelineEvent[] = rows
    .filter((row) => !isAnswer.has(row.id))
    .map((row) => ({
      claim: cards.get(row.id)!,
      answers: answersOf.get(row.id) ?? [],
      followsUp: row.linksFrom
        .filter((link) => !(ANSWER_LINK_TYPES as readonly LinkType[]).includes(link.type) && cards.has(link.toClaimId))
        .map((link) => ({ type: link.type, claim: cards.get(link.toClaimId)! })),
    }));

  return { story: { ...story, tags: story.tags.map((entry) => entry.tag) }, events };
}

export type StoryTimeline = NonNullable<Awaited<ReturnType<typeof getStoryTimeline>>>;
