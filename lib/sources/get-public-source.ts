import { db } from "@/lib/db/client";
import { visibleSource } from "@/lib/claims/public-claim";
import { isSlug } from "@/lib/validation/fields";

const nameOnly = { slug: true, name: true, nameEn: true } as const;

/**
 * A source's public profile by slug. A merged source answers with the slug
 * of the source it was merged into (its claims moved there), so the page can
 * redirect; deleted, unknown and still-private sources are not found.
 */
export async function getPublicSource(slug: string) {
  if (!isSlug(slug)) return null;
  const source = await db().source.findFirst({
    where: { slug, OR: [{ mergedIntoId: { not: null } }, visibleSource] },
    include: {
      mergedInto: { select: { slug: true } },
      affiliation: { select: nameOnly },
      affiliates: { where: { ...visibleSource, mergedIntoId: null }, select: { ...nameOnly, kind: true }, orderBy: { name: "asc" } },
    },
  });
  if (!source) return null;
  if (source.mergedInto) return { kind: "merged", into: source.mergedInto.slug } as const;
  return { kind: "found", source } as const;
}
