import type { Actor } from "@/lib/auth/actor";
import { may } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";

const deskCard = {
  id: true,
  text: true,
  status: true,
  saidAt: true,
  saidAtPrecision: true,
  updatedAt: true,
  deletedAt: true,
  claimant: { select: { name: true } },
  assignee: { select: { name: true } },
} as const satisfies Prisma.ClaimSelect;

const list = (where: Prisma.ClaimWhereInput, orderBy: Prisma.ClaimOrderByWithRelationInput = { updatedAt: "desc" }) =>
  db().claim.findMany({ where, orderBy, take: 20, select: deskCard });

/** The editor's dashboard: their assignments, the review queue, drafts, what went out lately, and (admins) the bin. */
export async function listDeskClaims(actor: Actor) {
  const userId = actor.kind === "user" ? actor.id : null;
  const live = { deletedAt: null } satisfies Prisma.ClaimWhereInput;
  const [assigned, inReview, drafts, published, deleted] = await Promise.all([
    userId ? list({ ...live, assigneeId: userId, status: { in: ["draft", "in_review"] } }) : [],
    list({ ...live, status: "in_review" }),
    list({ ...live, status: "draft" }),
    list({ ...live, status: "published" }, { publishedAt: "desc" }),
    may(actor, "claim.restore") ? list({ deletedAt: { not: null } }) : [],
  ]);
  return { assigned, inReview, drafts, published, deleted };
}

export type DeskClaimCard = Awaited<ReturnType<typeof listDeskClaims>>["drafts"][number];
