import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, id, version } from "@/lib/validation/fields";
import { decideReview } from "./decide-review";

export const returnReviewInput = z.object({
  reviewId: id,
  version,
  /** What the author should change: a claim is never sent back without a reason. */
  note: cleanText(10_000),
});

/** A reviewer sends a claim back to its author as a draft, with a note on its thread (lib/reviews/decide-review.ts). */
export const returnReview = defineUseCase({
  action: "review.decide",
  input: returnReviewInput,
  run: ({ actor, input, tx }) => decideReview(tx, actor, { ...input, outcome: "returned" }),
});
