// Turns published claims into what a timeline shows: events in time order,
// each with the claims that answer it (denials, confirmations, …) attached
// beneath it, however deep the answers go. Stories, sources and tags all
// draw their timelines from here.
import { z } from "zod";
import { db, type Prisma } from "@/lib/db/client";
import { ANSWER_LINK_TYPES, isAnswerLink, type AnswerLinkType, type LinkType } from "@/lib/vocabulary";
import { firstParam } from "@/lib/validation/path-segments";
import { claimCardSelect, linkedClaimSelect, toClaimCard, type ClaimCard, type LinkedClaim } from "./claim-card";
import { publishedClaim } from "./visibility";

const timelineClaimSelect = {
  ...claimCardSelect,
  linksFrom: {
    where: { toClaim: publishedClaim },
    select: { type: true, toClaim: { select: linkedClaimSelect } },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Prisma.ClaimSelect;

type TimelineRow = Prisma.ClaimGetPayload<{ select: typeof timelineClaimSelect }>;

/**
 * The latest `limit` published claims matching `match`, plus the published
 * claims that answer them (a denial of a report belongs next to the report),
 * oldest first as buildTimeline wants them. `truncated` says older ones were
 * left out. Three steps rather than one OR of two EXISTS, which made the
 * planner walk every published claim newest first: the matching claims
 * (through the match's own index: StoryClaim, ClaimTag, claimant,
 * appearances), the answers to those (ClaimLink by toClaimId), then the rows.
 */
export async function findTimelineRows(match: Prisma.ClaimWhereInput, limit: number) {
  const order = [{ saidAt: "desc" }, { createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ClaimOrderByWithRelationInput[];
  const matching = await db().claim.findMany({ where: { AND: [publishedClaim, match] }, select: { id: true }, orderBy: order, take: limit });
  const answers = await db().claimLink.findMany({
    where: { toClaimId: { in: matching.map((claim) => claim.id) }, type: { in: [...ANSWER_LINK_TYPES] }, fromClaim: publishedClaim },
    select: { fromClaimId: true },
  });
  const ids = [...new Set([...matching.map((claim) => claim.id), ...answers.map((link) => link.fromClaimId)])];
  const newestFirst = await db().claim.findMany({ where: { id: { in: ids }, ...publishedClaim }, select: timelineClaimSelect, orderBy: order, take: limit });
  return { rows: newestFirst.reverse(), truncated: matching.length === limit || ids.length > limit };
}

export type TimelineOrder = "oldest" | "newest";

/** A link from a claim to one that is not drawn above it: on this page (#claim-…) or on its own page. */
export type TimelineReference = { type: LinkType; claim: LinkedClaim; onPage: boolean };

export type TimelineNode = {
  claim: ClaimCard;
  /** How this claim answers the one it hangs under; null for top-level events. */
  answerType: AnswerLinkType | null;
  answers: TimelineNode[];
  refersTo: TimelineReference[];
};

/**
 * The timeline of `rows` (oldest first, as findTimelineRows gives them). A
 * claim that answers several claims on the page hangs under the earliest;
 * its other links become references, so no claim is drawn twice. Answers
 * stay oldest first under their claim whatever the order of the events.
 */
export function buildTimeline(rows: TimelineRow[], order: TimelineOrder = "oldest"): TimelineNode[] {
  const position = new Map(rows.map((row, index) => [row.id, index]));
  const parentOf = new Map<string, { id: string; type: AnswerLinkType }>();
  const hangsUnder = (id: string, ancestor: string) => {
    for (let at: string | undefined = id; at; at = parentOf.get(at)?.id) if (at === ancestor) return true;
    return false;
  };
  for (const row of rows) {
    const answered = row.linksFrom
      .filter((link) => isAnswerLink(link.type) && position.has(link.toClaim.id) && !hangsUnder(link.toClaim.id, row.id))
      .sort((a, b) => position.get(a.toClaim.id)! - position.get(b.toClaim.id)!)[0];
    if (answered) parentOf.set(row.id, { id: answered.toClaim.id, type: answered.type as AnswerLinkType });
  }

  const nodes = new Map<string, TimelineNode>();
  for (const row of rows) {
    const parent = parentOf.get(row.id);
    nodes.set(row.id, {
      claim: toClaimCard(row),
      answerType: parent?.type ?? null,
      answers: [],
      refersTo: row.linksFrom
        .filter((link) => !(parent && link.toClaim.id === parent.id && link.type === parent.type))
        .map((link) => ({ type: link.type, claim: link.toClaim, onPage: position.has(link.toClaim.id) })),
    });
  }
  const roots: TimelineNode[] = [];
  for (const row of rows) {
    const parent = parentOf.get(row.id);
    (parent ? nodes.get(parent.id)!.answers : roots).push(nodes.get(row.id)!);
  }
  return order === "newest" ? roots.reverse() : roots;
}

/** A node and everything that answers it, depth first. */
function* claimsOf(node: TimelineNode): Generator<ClaimCard> {
  yield node.claim;
  for (const answer of node.answers) yield* claimsOf(answer);
}

const sourcesOf = (claim: ClaimCard) => [claim.claimant, ...claim.chains.flat().map((hop) => hop.source)];

export type TimelineFilter = { tag?: string; source?: string };

/** Events in which some claim has the tag and involves the source (as claimant or carrier); answers stay attached. */
export function filterTimeline(nodes: TimelineNode[], filter: TimelineFilter): TimelineNode[] {
  if (!filter.tag && !filter.source) return nodes;
  const matches = (claim: ClaimCard) =>
    (!filter.tag || claim.tags.some((tag) => tag.slug === filter.tag)) &&
    (!filter.source || sourcesOf(claim).some((source) => source.slug === filter.source));
  return nodes.filter((node) => [...claimsOf(node)].some(matches));
}

/** The tags and sources a timeline can be filtered by: those its claims have, each once. */
export function timelineFacets(nodes: TimelineNode[]) {
  const tags = new Map<string, ClaimCard["tags"][number]>();
  const sources = new Map<string, ClaimCard["claimant"]>();
  for (const node of nodes) {
    for (const claim of claimsOf(node)) {
      for (const tag of claim.tags) tags.set(tag.slug, tag);
      for (const source of sourcesOf(claim)) sources.set(source.slug, source);
    }
  }
  return { tags: [...tags.values()], sources: [...sources.values()] };
}

export type TimelineFacets = ReturnType<typeof timelineFacets>;

/** ?order=newest&tag=…&source=… as a page receives them; anything else falls back to the default view. */
export const timelineViewSchema = z.object({
  order: z.preprocess(firstParam, z.enum(["oldest", "newest"]).catch("oldest").default("oldest")),
  tag: z.preprocess(firstParam, z.string().max(120).optional().catch(undefined)),
  source: z.preprocess(firstParam, z.string().max(120).optional().catch(undefined)),
});

export type TimelineView = z.output<typeof timelineViewSchema>;

/** Every claim a timeline draws, answers included: a feed of the page lists them all. */
export function timelineClaims(nodes: TimelineNode[]): ClaimCard[] {
  return nodes.flatMap((node) => [node.claim, ...timelineClaims(node.answers)]);
}
