import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";

/**
 * A saved import as its page shows it: what it created (SavedImport and its
 * claims and sources), with the story's and the claims' state as they are
 * now (an editor may have published some since).
 */
export async function getSavedImport(importId: string) {
  if (!isRecordId(importId)) return null;
  const saved = await db().savedImport.findUnique({
    where: { id: importId },
    select: {
      createdAt: true,
      storyCreated: true,
      linkCount: true,
      tags: true,
      story: { select: { id: true, slug: true, title: true, status: true, deletedAt: true } },
      claims: {
        orderBy: { position: "asc" },
        select: {
          role: true,
          appearanceCount: true,
          claim: { select: { id: true, text: true, status: true, deletedAt: true, claimant: { select: { name: true } } } },
        },
      },
      sources: {
        where: { created: true },
        orderBy: { position: "asc" },
        select: { source: { select: { id: true, name: true, status: true } } },
      },
    },
  });
  if (!saved) return null;
  return {
    createdAt: saved.createdAt,
    story: { ...saved.story, created: saved.storyCreated },
    claims: saved.claims.map(({ claim, role, appearanceCount }) => ({ ...claim, role, appearances: appearanceCount })),
    newSources: saved.sources.map(({ source }) => source),
    links: saved.linkCount,
    tags: saved.tags,
  };
}
