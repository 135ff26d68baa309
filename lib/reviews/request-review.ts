import { z } from "zod";
import { moveClaimStatus } from "@/lib/claims/change-claim-status";
import { claimSnapshot } from "@/lib/claims/claim-snapshot";
import { lockEditableClaimVersion } from "@/lib/claims/lock-claim";
import { AppError } from "@/lib/errors";
import { writeClaimNote, noteAuthorId } from "@/lib/notes/write-claim-note";
import { roleMay } from "@/lib/permissions";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { id, optionalId, optionalText, version } from "@/lib/validation/fields";

export const requestReviewInput = z.object({
  claimId: id,
  /** The claim's version the author asks about: the reviewer approves that one, or a later one they see. */
  version,
  /** The colleague asked; none: any other editor. */
  reviewerId: optionalId.optional(),
  /** For the reviewer, on the claim's internal thread. */
  note: optionalText(10_000).optional(),
});

const badReviewer = () => new AppError(422, "error.reviewerNotEditor", { fieldErrors: { reviewerId: ["error.reviewerNotEditor"] } });

/**
 * The author of a draft asks a colleague to review it before it is published:
 * the claim goes to "in review" (through the workflow) and waits in the
 * reviewer's inbox (or every other editor's). A new request replaces one
 * still waiting. Only another editor can approve it (decide-review.ts).
 */
export const requestReview = defineUseCase({
  action: "review.request",
  input: requestReviewInput,
  async run({ actor, input, tx }) {
    const requestedById = noteAuthorId(actor);
    const before = await lockEditableClaimVersion(tx, input.claimId, input.version);
    if (before.status !== "draft" && before.status !== "in_review") {
      throw new AppError(409, "error.reviewNotDraft", { params: { status: `editor.status.${before.status}` } });
    }
    const reviewerId = input.reviewerId ?? null;
    if (reviewerId) {
      if (reviewerId === requestedById) throw new AppError(422, "error.reviewOwnRequest", { fieldErrors: { reviewerId: ["error.reviewOwnRequest"] } });
      const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { role: true, disabledAt: true } });
      if (!reviewer || reviewer.disabledAt || !roleMay(reviewer.role, "review.decide")) throw badReviewer();
    }
    await tx.reviewRequest.updateMany({ where: { claimId: before.id, status: "pending" }, data: { status: "withdrawn" } });
    const claim = before.status === "in_review" ? await claimSnapshot(tx, before.id) : await moveClaimStatus(tx, actor, before, "in_review");
    const review = await tx.reviewRequest.create({ data: { claimId: before.id, requestedById, reviewerId } });
    if (input.note) await writeClaimNote(tx, actor, { claimId: before.id, body: input.note, review: { id: review.id, step: "pending" } });
    await recordRevision(tx, actor, { entityType: "review", entityId: review.id, action: "request", after: review });
    return claim;
  },
});
