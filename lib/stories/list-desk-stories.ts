import { db } from "@/lib/db/client";

/** Every story the desk works on, drafts included, most recently edited first, with how many claims each holds. */
export function listDeskStories() {
  return db().story.findMany({
    where: { deletedAt: null },
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, status: true, _count: { select: { claims: true } } },
  });
}
