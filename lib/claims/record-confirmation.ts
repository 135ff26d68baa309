import { defineUseCase } from "@/lib/use-case";
import { answerClaim, answerClaimInput } from "./answer-claim";

/** "Record a confirmation": the confirming claim and its `confirms` link, together. */
export const recordConfirmation = defineUseCase({
  action: "claim.create",
  input: answerClaimInput,
  run: ({ actor, input, tx }) => answerClaim(tx, actor, input, "confirms"),
});
