import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { lockSources } from "./lock-source";
import { bumpClaimVersions, mergeRecord, renameKeptSource } from "./merge-sources";
import { sourceNotFound } from "./source-fields";

export const undoMergeInput = z.object({ duplicateSourceId: id });

/**
 * Takes a merge back: the duplicate is restored, and exactly the claims,
 * appearances and affiliates the merge moved go back to it (those an editor
 * has since moved elsewhere stay where they are). The kept source loses the
 * aliases the merge gave it and keeps every later edit.
 */
export const undoMerge = defineUseCase({
  action: "source.merge",
  input: undoMergeInput,
  async run({ actor, input, tx }) {
    const duplicateNow = await tx.source.findUnique({ where: { id: input.duplicateSourceId }, select: { mergedIntoId: true } });
    if (!duplicateNow) throw sourceNotFound();
    if (!duplicateNow.mergedIntoId) throw new AppError(409, "admin.sources.notMerged");
    const locked = await lockSources(tx, [input.duplicateSourceId, duplicateNow.mergedIntoId]);
    const duplicate = locked.find((source) => source.id === input.duplicateSourceId)!;
    const kept = locked.find((source) => source.id === duplicateNow.mergedIntoId);
    if (!kept || duplicate.mergedIntoId !== kept.id) throw new AppError(409, "admin.sources.notMerged");
    // The kept source's rows have since moved on to a third source: that merge is to be undone first.
    if (kept.deletedAt) throw new AppError(409, "admin.sources.undoLaterMergeFirst", { params: { name: kept.name } });

    const revision = await tx.revision.findFirst({
      where: { entityType: "source", entityId: duplicate.id, action: "merge" },
      orderBy: { id: "desc" },
    });
    const parsed = mergeRecord.safeParse(revision?.after);
    if (!revision || !parsed.success) throw new AppError(409, "admin.sources.notMerged");
    const { moved, addedAliases, clearedKeptAffiliation } = parsed.data;

    const claims = await tx.claim.updateMany({ where: { id: { in: moved.claimIds }, claimantId: kept.id }, data: { claimantId: duplicate.id } });
    const appearances = await tx.appearance.updateMany({
      where: { id: { in: moved.appearanceIds }, sourceId: kept.id },
      data: { sourceId: duplicate.id },
    });
    const affiliates = await tx.source.updateMany({
      where: { id: { in: moved.affiliateIds }, affiliationId: kept.id },
      data: { affiliationId: duplicate.id },
    });
    await bumpClaimVersions(tx, moved.claimIds, moved.appearanceIds);

    const keptAfter = await renameKeptSource(
      tx,
      kept,
      kept.aliases.filter((alias) => !addedAliases.includes(alias)),
      clearedKeptAffiliation && kept.affiliationId === null ? { affiliationId: duplicate.id } : {},
    );
    const duplicateAfter = await tx.source.update({
      where: { id: duplicate.id },
      data: { mergedIntoId: null, deletedAt: null, version: { increment: 1 } },
    });
    await recordRevision(tx, actor, {
      entityType: "source",
      entityId: duplicate.id,
      action: "undoMerge",
      before: { duplicate, kept },
      after: {
        duplicate: duplicateAfter,
        kept: keptAfter,
        undoneRevisionId: revision.id,
        movedBack: { claims: claims.count, appearances: appearances.count, affiliates: affiliates.count },
      },
    });
    return { kept: keptAfter, duplicate: duplicateAfter };
  },
});
