import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import type { ReviewStatus } from "@/lib/vocabulary";
import { mentionedUserIds } from "./mentions";

/** The author a note is written by: a person (a token writes as its maker); the system writes no notes. */
export function noteAuthorId(actor: Actor): string {
  const authorId = actorUserId(actor);
  if (!authorId) throw new AppError(403, "error.notePerson");
  return authorId;
}

/**
 * One note on a claim's internal thread, with a mention for each colleague it
 * names with @ and its revision; a review's request or decision passes its own.
 */
export async function writeClaimNote(
  tx: Tx,
  actor: Actor,
  note: { claimId: string; body: string; review?: { id: string; step: ReviewStatus } },
) {
  const authorId = noteAuthorId(actor);
  const mentioned = await mentionedUserIds(tx, note.body, authorId);
  const created = await tx.claimNote.create({
    data: {
      claimId: note.claimId,
      authorId,
      body: note.body,
      reviewRequestId: note.review?.id ?? null,
      reviewStep: note.review?.step ?? null,
      mentions: { create: mentioned.map((userId) => ({ userId })) },
    },
    include: { mentions: { select: { userId: true } } },
  });
  await recordRevision(tx, actor, { entityType: "note", entityId: created.id, action: "create", after: created });
  return created;
}
