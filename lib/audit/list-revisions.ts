import type { Prisma } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { AuditFilters } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 50;

/** Who made a revision: the account, and the API token when it came through one. */
export const revisionPeople = {
  actor: { select: { id: true, name: true, email: true } },
  token: { select: { id: true, name: true, prefix: true } },
} as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A merge, and its undo, is one revision filed under the duplicate (merge-sources.ts);
 * the kept source's history finds it by the kept source its snapshot names.
 */
const mergesKeeping = (sourceId: string): Prisma.RevisionWhereInput => ({
  entityType: "source",
  action: { in: ["merge", "undoMerge"] },
  after: { path: ["kept", "id"], equals: sourceId },
});

/** Revisions matching the audit page's filters, newest first, one page at a time; days are UTC days, both ends included. */
export async function listRevisions(filters: AuditFilters) {
  const where: Prisma.RevisionWhereInput = {
    ...(filters.actor === "system" ? { actorId: null } : filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { OR: [{ entityId: filters.entityId }, mergesKeeping(filters.entityId)] } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(filters.from) } : {}),
            ...(filters.to ? { lt: new Date(new Date(filters.to).getTime() + DAY_MS) } : {}),
          },
        }
      : {}),
  };
  const [revisions, total] = await Promise.all([
    db().revision.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: revisionPeople,
    }),
    db().revision.count({ where }),
  ]);
  return { revisions, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export type AuditEntry = Awaited<ReturnType<typeof listRevisions>>["revisions"][number];

/** The people the actor filter offers: everyone who has an account. */
export const listAuditActors = () =>
  db().user.findMany({ select: { id: true, name: true, email: true }, orderBy: { email: "asc" } });
