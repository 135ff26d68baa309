import { db } from "@/lib/db/client";
import type { EntityType } from "./record-revision";

/** An entity's history, newest first, with who made each change. */
export function listEntityRevisions(entityType: EntityType, entityId: string, take = 100) {
  return db().revision.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    take,
    include: { actor: { select: { name: true, email: true } }, token: { select: { name: true } } },
  });
}
