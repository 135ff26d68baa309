import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { recordRevision } from "@/lib/revisions/record-revision";
import { DEFAULT_VERDICT_SCALE } from "./default-scale";

/** Adds the default verdict levels a database lacks; levels an admin changed are left alone. */
export async function ensureDefaultVerdictScale(tx: Tx, actor: Actor): Promise<void> {
  const existing = new Set((await tx.verdictLevel.findMany({ select: { key: true } })).map((level) => level.key));
  for (const level of DEFAULT_VERDICT_SCALE) {
    if (existing.has(level.key)) continue;
    const created = await tx.verdictLevel.create({ data: level });
    await recordRevision(tx, actor, { entityType: "verdictLevel", entityId: created.id, action: "create", after: created });
  }
}
