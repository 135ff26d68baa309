import { z } from "zod";
import { publicNoteInput, recordPublicNote } from "@/lib/claims/public-note";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { defineUseCase } from "@/lib/use-case";
import { id, truncateToPrecision, version } from "@/lib/validation/fields";
import { claimFields } from "./claim-fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { assertClaimStep } from "./claim-workflow";
import { assertAssignable, assertCurrentSources } from "./claim-references";
import { claimSearchText } from "./create-claim";
import { lockEditableClaimVersion } from "./lock-claim";
import { writeAppearances } from "./write-appearances";

export const updateClaimInput = z.object({
  ...claimFields,
  id,
  /** The version the editor loaded: a save over someone else's newer one is a conflict (409). */
  version,
  /** Readers' note on a change to a published claim's words (lib/claims/public-note.ts). */
  correction: publicNoteInput.optional(),
});
export type UpdateClaimInput = z.input<typeof updateClaimInput>;

/** Saves an edited claim with its appearances, tags and stories, all or nothing. */
export const updateClaim = defineUseCase({
  action: "claim.update",
  input: updateClaimInput,
  async run({ actor, input, tx }) {
    await assertCurrentSources(tx, input.claimantId, input.appearances);
    const before = await lockEditableClaimVersion(tx, input.id, input.version);
    await assertClaimStep(tx, actor, before.status, input.status);
    // An assignee kept from before is not checked again: a colleague demoted or
    // disabled since must not block every edit until someone reassigns the claim.
    if (input.assigneeId !== before.assigneeId) await assertAssignable(tx, input.assigneeId);
    const { id: claimId, version, tags, storyIds, appearances, correction, ...fields } = input;
    await tx.claim.update({
      where: { id: claimId },
      data: {
        ...fields,
        saidAt: truncateToPrecision(fields.saidAt, fields.saidAtPrecision),
        searchText: claimSearchText(fields),
        publishedAt: fields.status === "published" ? (before.publishedAt ?? new Date()) : before.publishedAt,
        tags: { deleteMany: {}, create: (await ensureTags(tx, actor, tags)).map((tagId) => ({ tagId })) },
        stories: { deleteMany: {}, create: storyIds.map((storyId) => ({ storyId })) },
      },
    });
    await writeAppearances(tx, claimId, appearances);
    const after = await claimSnapshot(tx, claimId);
    await recordPublicNote(tx, before, after, correction);
    await recordClaimChange(tx, actor, { entityId: claimId, action: "update", before, after });
    return after;
  },
});
