import { db, type Prisma } from "@/lib/db/client";

// What counts as waiting: a claim on the desk (not deleted), assigned and not yet out, or in review.
const live = { deletedAt: null } satisfies Prisma.ClaimWhereInput;
const open = { ...live, status: { in: ["draft", "in_review"] } } satisfies Prisma.ClaimWhereInput;

/** Requests another editor made that this one may decide: asked of them, or of anyone. */
const reviewsFor = (userId: string) =>
  ({
    status: "pending",
    requestedById: { not: userId },
    OR: [{ reviewerId: userId }, { reviewerId: null }],
    claim: { ...live, status: "in_review" },
  }) satisfies Prisma.ReviewRequestWhereInput;

const assignedTo = (userId: string) => ({ ...open, assigneeId: userId }) satisfies Prisma.ClaimWhereInput;
const unreadMentionsOf = (userId: string) => ({ userId, readAt: null, note: { claim: live } }) satisfies Prisma.NoteMentionWhereInput;

const claimLine = { id: true, text: true, status: true, claimant: { select: { name: true } } } as const satisfies Prisma.ClaimSelect;

/** An editor's inbox: reviews waiting for them, claims assigned to them, notes that mention them (unread). */
export async function getInbox(userId: string) {
  const [reviews, assigned, mentions] = await Promise.all([
    db().reviewRequest.findMany({
      where: reviewsFor(userId),
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, requestedBy: { select: { name: true } }, claim: { select: claimLine } },
    }),
    db().claim.findMany({ where: assignedTo(userId), orderBy: { updatedAt: "desc" }, select: { ...claimLine, updatedAt: true } }),
    db().noteMention.findMany({
      where: unreadMentionsOf(userId),
      orderBy: { note: { createdAt: "desc" } },
      select: { note: { select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, claim: { select: claimLine } } } },
    }),
  ]);
  return { reviews, assigned, mentions: mentions.map((mention) => mention.note) };
}

export type Inbox = Awaited<ReturnType<typeof getInbox>>;

/** How many things wait in an editor's inbox: the desk header's count. */
export async function countInbox(userId: string): Promise<number> {
  const [reviews, assigned, mentions] = await Promise.all([
    db().reviewRequest.count({ where: reviewsFor(userId) }),
    db().claim.count({ where: assignedTo(userId) }),
    db().noteMention.count({ where: unreadMentionsOf(userId) }),
  ]);
  return reviews + assigned + mentions;
}
