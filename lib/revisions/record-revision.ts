import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import type { Prisma, Tx } from "@/lib/db/client";

export type EntityType = "claim" | "source" | "story" | "tag" | "user" | "apiToken" | "verdictLevel" | "import" | "page" | "webhook" | "settings" | "review" | "note" | "tip";

/** Dates and other non-JSON values as they are stored in a revision snapshot. */
export function snapshot(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Appends one revision: who did what to which entity, with its state before and after. */
export async function recordRevision(
  tx: Tx,
  actor: Actor,
  entry: { entityType: EntityType; entityId: string; action: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: actorUserId(actor),
      tokenId: actor.kind === "token" ? actor.id : null,
      before: entry.before === undefined ? undefined : snapshot(entry.before),
      after: entry.after === undefined ? undefined : snapshot(entry.after),
    },
  });
}
