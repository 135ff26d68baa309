import { z } from "zod";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { recordRevision } from "@/lib/revisions/record-revision";
import { noteAuthorId } from "./write-claim-note";

export const markMentionsReadInput = z.object({
  /** The notes whose mentions of the actor are read; none: every one waiting. */
  noteIds: z.union([z.array(id), id]).optional().transform((value) => (value === undefined ? undefined : [value].flat())),
});

/** Takes the actor's mentions out of their inbox; only their own. */
export const markMentionsRead = defineUseCase({
  action: "note.write",
  input: markMentionsReadInput,
  async run({ actor, input, tx }) {
    const userId = noteAuthorId(actor);
    const where = { userId, readAt: null, ...(input.noteIds ? { noteId: { in: input.noteIds } } : {}) };
    const marked = await tx.noteMention.findMany({ where, select: { noteId: true } });
    if (marked.length === 0) return { read: 0 };
    await tx.noteMention.updateMany({ where: { userId, noteId: { in: marked.map((mention) => mention.noteId) } }, data: { readAt: new Date() } });
    await recordRevision(tx, actor, { entityType: "note", entityId: userId, action: "mentionsRead", after: { noteIds: marked.map((mention) => mention.noteId) } });
    return { read: marked.length };
  },
});
