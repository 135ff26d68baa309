import { db } from "@/lib/db/client";

/** What the claim form offers to pick from: stories to file it under and editors to assign it to. */
export async function claimFormOptions() {
  const [stories, users] = await Promise.all([
    db().story.findMany({ where: { deletedAt: null }, orderBy: { updatedAt: "desc" }, take: 50, select: { id: true, title: true } }),
    db().user.findMany({
      where: { disabledAt: null, role: { in: ["editor", "admin"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { stories, users };
}
