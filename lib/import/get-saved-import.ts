import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";
import type { SaveImportResult } from "./save-import";

/**
 * A saved import as its page shows it: what the "import" revision says was
 * created, with the story's and the claims' state as they are now (an editor
 * may have published some since).
 */
export async function getSavedImport(importId: string) {
  if (!isRecordId(importId)) return null;
  const revision = await db().revision.findFirst({ where: { entityType: "import", entityId: importId } });
  if (!revision) return null;
  const saved = revision.after as unknown as SaveImportResult;
  const newSourceIds = saved.sources.filter((source) => source.created).map((source) => source.id);
  const [story, claims, newSources] = await Promise.all([
    db().story.findUnique({ where: { id: saved.story.id }, select: { id: true, slug: true, title: true, status: true, deletedAt: true } }),
    db().claim.findMany({
      where: { id: { in: saved.claims.map((claim) => claim.id) } },
      select: { id: true, text: true, status: true, deletedAt: true, claimant: { select: { name: true } } },
    }),
    db().source.findMany({ where: { id: { in: newSourceIds } }, select: { id: true, name: true, status: true } }),
  ]);
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  return {
    createdAt: revision.createdAt,
    story: story && { ...story, created: saved.story.created },
    claims: saved.claims.flatMap((claim) => {
      const current = claimsById.get(claim.id);
      return current ? [{ ...current, role: claim.role, appearances: claim.appearanceIds.length }] : [];
    }),
    newSources,
    links: saved.links.length,
    tags: saved.tags,
  };
}
