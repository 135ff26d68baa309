import { db } from "@/lib/db/client";
import { approvedSource, visibleSource } from "./visibility";
import { isSlug } from "@/lib/validation/path-segments";
import { mergeDestinationId } from "@/lib/sources/merge-destination";
import { publicSourceSelect } from "./shapes";

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
    select: {
      ...publicSourceSelect,
      mergedIntoId: true,
      // Shown only once approved: a proposed body stays private.
      affiliation: { where: approvedSource, select: nameOnly },
      affiliates: { where: { ...visibleSource, mergedIntoId: null }, select: { ...nameOnly, kind: true }, orderBy: { name: "asc" } },
    },
  });
  if (!source) return null;
  const { mergedIntoId, ...profile } = source;
  if (mergedIntoId) {
    const into = await visibleMergeTarget(mergedIntoId);
    return into ? ({ kind: "merged", into: into.slug } as const) : null;
  }
  return { kind: "found", source: profile } as const;
}

/**
 * Where a merged source's readers go: the source at the end of its merges,
 * if readers may see it. A merge into a still-private source is not found,
 * so its slug (its name) does not leak through the redirect.
 */
async function visibleMergeTarget(mergedIntoId: string) {
  const id = await mergeDestinationId(db(), mergedIntoId);
  return db().source.findFirst({ where: { id, mergedIntoId: null, ...visibleSource }, select: { slug: true } });
}

export type PublicSource = Extract<NonNullable<Awaited<ReturnType<typeof getPublicSource>>>, { kind: "found" }>["source"];
