import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { publicNoteInput, recordPublicNote } from "@/lib/claims/public-note";
import { mergeDestinationIds } from "@/lib/sources/merge-destination";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { defineUseCase } from "@/lib/use-case";
import { version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { assertCurrentSources } from "./claim-references";
import { assertClaimStep } from "./claim-workflow";
import { claimSearchText } from "./create-claim";
import { lockEditableClaimVersion } from "./lock-claim";
import { publishedAtAfter, restoreScopeFields, storedClaim } from "./restore-scope";
import { writeAppearances } from "./write-appearances";

export const restoreClaimRevisionInput = z.object({
  // Revision ids are int8: a larger number is a tampered history form, which PostgreSQL would refuse as out of range.
  revisionId: z.coerce
    .bigint({ error: "validation.choice" })
    .positive({ error: "validation.choice" })
    .max(9_223_372_036_854_775_807n, { error: "validation.choice" }),
  /** The claim's current version, as the editor saw it. */
  version,
  ...restoreScopeFields,
  /** Readers' note when the restore changes a published claim's words or verdict (the preview's two fields; lib/claims/public-note.ts). */
  correctionKind: publicNoteInput.shape.kind.or(z.literal("")).optional(),
  correctionNote: z.string().max(2000).optional(),
});

/**
 * Puts a claim's content back the way a revision recorded it: its words,
 * claimant, chain, tags, stories and outgoing links; its status and its
 * verdict (with reasoning and evidence) only when the editor picks them
 * (lib/claims/restore-scope.ts), a status through the workflow like any other
 * step, so taking a published claim off the site is the editor's explicit,
 * permitted choice. The first-publication date and the assignee stay. The
 * restore is a revision of its own, so it can be undone the same way. Whether
 * the claim is deleted is not restored: editors may restore revisions but only
 * admins undelete (claim.restore), and a deleted claim takes no restore at all.
 */
export const restoreClaimRevision = defineUseCase({
  action: "revision.restore",
  input: restoreClaimRevisionInput,
  async run({ actor, input, tx }) {
    const revision = await tx.revision.findUnique({ where: { id: input.revisionId } });
    if (!revision || revision.entityType !== "claim" || !revision.after) throw notFound("revision");
    const stored = storedClaim.safeParse(revision.after);
    if (!stored.success) throw new AppError(422, "error.revisionUnreadable");
    const target = stored.data;

    // A source merged since lives on in the one it was merged into, where the
    // merge moved this claim: the restored version points there too. One that
    // was deleted outright is refused (422), as on any save.
    const destination = await mergeDestinationIds(tx, [target.claimantId, ...target.appearances.map((appearance) => appearance.sourceId)]);
    const claimantId = destination.get(target.claimantId)!;
    const appearances = target.appearances.map(({ id: key, viaId, sourceId, ...appearance }) => ({
      ...appearance,
      key,
      viaKey: viaId,
      sourceId: destination.get(sourceId)!,
    }));
    await assertCurrentSources(tx, claimantId, appearances);

    const before = await lockEditableClaimVersion(tx, target.id, input.version);
    const status = input.restoreStatus ? target.status : before.status;
    await assertClaimStep(tx, actor, before.status, status);
    const stillThere = await tx.story.findMany({ where: { id: { in: target.storyIds } }, select: { id: true } });
    await tx.claim.update({
      where: { id: target.id },
      data: {
        claimantId,
        saidAt: target.saidAt,
        saidAtPrecision: target.saidAtPrecision,
        text: target.text,
        language: target.language,
        summary: target.summary,
        status,
        publishedAt: publishedAtAfter(before, status),
        ...(input.restoreVerdict ? { verdictId: target.verdictId, verdictReasoning: target.verdictReasoning, verdictAt: target.verdictAt } : {}),
        searchText: claimSearchText(target),
        tags: { deleteMany: {}, create: (await ensureTags(tx, actor, target.tags)).map((tagId) => ({ tagId })) },
        stories: { deleteMany: {}, create: stillThere.map((story) => ({ storyId: story.id })) },
      },
    });
    await writeAppearances(tx, target.id, appearances);
    await tx.claimLink.deleteMany({ where: { fromClaimId: target.id } });
    await tx.claimLink.createMany({ data: target.links.map((link) => ({ ...link, fromClaimId: target.id })), skipDuplicates: true });
    if (input.restoreVerdict) {
      await tx.evidence.deleteMany({ where: { claimId: target.id } });
      await tx.evidence.createMany({ data: target.evidence.map((item, position) => ({ ...item, claimId: target.id, position })) });
    }

    const after = await claimSnapshot(tx, target.id);
    const note = input.correctionKind && input.correctionNote?.trim() ? { kind: input.correctionKind, note: input.correctionNote.trim() } : undefined;
    await recordPublicNote(tx, before, after, note);
    await recordClaimChange(tx, actor, {
      entityId: target.id,
      action: `restore.${revision.id}`,
      before,
      after,
    });
    return after;
  },
});
