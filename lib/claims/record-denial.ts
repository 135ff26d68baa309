import { defineUseCase } from "@/lib/use-case";
import { answerClaim, answerClaimInput } from "./answer-claim";

/** "Record a denial": the denying claim (who, when, the words) and its `denies` link, together. */
export const recordDenial = defineUseCase({
  action: "claim.create",
  input: answerClaimInput,
  run: ({ actor, input, tx }) => answerClaim(tx, actor, input, "denies"),
});
