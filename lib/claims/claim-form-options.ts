import { db } from "@/lib/db/client";

/**
 * What the claim form offers to pick from in full: the editors to assign a
 * claim to (stories and sources are searched as the editor types).
 */
export async function claimFormOptions() {
  const users = await db().user.findMany({
    where: { disabledAt: null, role: { in: ["editor", "admin"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { users };
}
