import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { id } from "@/lib/validation/fields";
import type { AnswerKind } from "@/lib/vocabulary";
import { claimFields } from "./claim-fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { insertClaim } from "./create-claim";

/** A new claim that answers an existing one: who answered, when, in which words, where it appeared. */
export const answerClaimInput = z.object({ ...claimFields, answersClaimId: id });
export type AnswerClaimInput = z.input<typeof answerClaimInput>;

/**
 * Creates the answering claim and its link in one transaction. It joins the
 * stories of the claim it answers, so the timeline shows them together.
 */
export async function answerClaim(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof answerClaimInput>,
  type: AnswerKind,
) {
  const { answersClaimId, ...fields } = input;
  const answered = await tx.claim.findFirst({
    where: { id: answersClaimId, deletedAt: null },
    select: { stories: { select: { storyId: true } } },
  });
  if (!answered) throw notFound("claim");
  const storyIds = [...new Set([...fields.storyIds, ...answered.stories.map((entry) => entry.storyId)])];
  const answer = await insertClaim(tx, actor, { ...fields, storyIds });
  await tx.claimLink.create({ data: { fromClaimId: answer.id, toClaimId: answersClaimId, type } });
  const after = await claimSnapshot(tx, answer.id);
  await recordClaimChange(tx, actor, { entityId: answer.id, action: `link.${type}`, before: answer, after });
  return after;
}
