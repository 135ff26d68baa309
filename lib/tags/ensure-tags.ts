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
  const existing = await tx.tag.findMany({ where: { normalized: { in: [...byNormalized.keys()] } } });
  const ids = existing.map((tag) => tag.id);
  for (const tag of existing) byNormalized.delete(tag.normalized);
  for (const [normalized, name] of byNormalized) {
    const tag = await tx.tag.create({
      data: { name, normalized, slug: await uniqueSlug(tx, "tag", name, "tag") },
    });
    await recordRevision(tx, actor, { entityType: "tag", entityId: tag.id, action: "create", after: tag });
    ids.push(tag.id);
  }
  return ids;
}
