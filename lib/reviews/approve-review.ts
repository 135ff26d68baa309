import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { id, optionalText, version } from "@/lib/validation/fields";
import { decideReview } from "./decide-review";

export const approveReviewInput = z.object({
  reviewId: id,
  /** The claim's version the reviewer read: what they approve is what is published, or a 409. */
  version,
  /** For the thread: what the reviewer checked, or anything the author should know. */
  note: optionalText(10_000).optional(),
});

/** A second editor approves a claim waiting for review: it is published (lib/reviews/decide-review.ts). */
export const approveReview = defineUseCase({
  action: "review.decide",
  input: approveReviewInput,
  run: ({ actor, input, tx }) => decideReview(tx, actor, { ...input, outcome: "approved", note: input.note ?? null }),
});
