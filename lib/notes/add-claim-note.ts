import { z } from "zod";
import { notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, id } from "@/lib/validation/fields";
import { writeClaimNote } from "./write-claim-note";

export const addClaimNoteInput = z.object({
  claimId: id,
  body: cleanText(10_000),
});

/** A note on a claim's internal thread, for the desk only; @handles mention colleagues (lib/notes/mentions.ts). */
export const addClaimNote = defineUseCase({
  action: "note.write",
  input: addClaimNoteInput,
  async run({ actor, input, tx }) {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } });
    if (!claim) throw notFound("claim");
    return writeClaimNote(tx, actor, input);
  },
});
