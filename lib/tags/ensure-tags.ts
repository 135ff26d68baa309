import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { uniqueSlug } from "@/lib/db/unique-slug";
import { recordRevision } from "@/lib/revisions/record-revision";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

/**
 * The ids of the tags named, creating the missing ones. Tags are one shared
 * vocabulary: "أوكرانيا" and "أُوكرانيا" are the same tag.
 */
export async function ensureTags(tx: Tx, actor: Actor, names: string[]): Promise<string[]> {
  const byNormalized = new Map(names.map((name) => [normalizeArabic(name), name.trim()] as const));
  byNormalized.delete("");
  const wanted = { normalized: { in: [...byNormalized.keys()] } };
  const existing = await tx.tag.findMany({ where: wanted, select: { id: true, normalized: true } });
  for (const tag of existing) byNormalized.delete(tag.normalized);
  if (byNormalized.size === 0) return existing.map((tag) => tag.id);
  for (const [normalized, name] of byNormalized) {
    // Another claim saved at the same moment may create the same tag first:
    // ON CONFLICT DO NOTHING (skipDuplicates) then leaves theirs, which the
    // read below finds, where a plain insert would fail the whole save.
    const [created] = await tx.tag.createManyAndReturn({
      data: [{ name, normalized, slug: await uniqueSlug(tx, "tag", name, "tag") }],
      skipDuplicates: true,
    });
    if (created) await recordRevision(tx, actor, { entityType: "tag", entityId: created.id, action: "create", after: created });
  }
  return (await tx.tag.findMany({ where: wanted, select: { id: true } })).map((tag) => tag.id);
}
