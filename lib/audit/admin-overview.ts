import { db } from "@/lib/db/client";
import { revisionPeople } from "./list-revisions";

/** The numbers the admin's overview opens with: what waits for them, and who can get in. */
export async function getAdminOverview(now = new Date()) {
  const [proposedSources, activeUsers, activeTokens, latest] = await Promise.all([
    db().source.count({ where: { status: "proposed", deletedAt: null } }),
    db().user.count({ where: { disabledAt: null } }),
    db().apiToken.count({ where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
    db().revision.findMany({ orderBy: { id: "desc" }, take: 10, include: revisionPeople }),
  ]);
  return { proposedSources, activeUsers, activeTokens, latest };
}
