import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ClaimSnapshot } from "./claim-snapshot";
import { cleanText, correctionKindSchema } from "@/lib/validation/fields";

/**
 * The public note a change to a published claim's words or verdict takes:
 * a correction (it was wrong) or an update (there is more). IFCN signatories
 * publish their corrections; the claim's page and the corrections feed show
 * the notes in order.
 */
export const publicNoteInput = z.object({
  kind: correctionKindSchema,
  note: cleanText(2000),
});
export type PublicNoteInput = z.input<typeof publicNoteInput>;

/**
 * What readers see of a claim that a change to it must be told for: its
 * words, and a verdict it already had (a first verdict on a published claim
 * is the fact-check arriving, not a change to it).
 */
function publicChanges(before: ClaimSnapshot, after: ClaimSnapshot): string[] {
  const rated = before.verdictId !== null || before.verdictReasoning !== null;
  return [
    before.text !== after.text && "text",
    rated && (before.verdictId !== after.verdictId || before.verdictReasoning !== after.verdictReasoning) && "verdict",
  ].filter((field): field is string => Boolean(field));
}

/**
 * Inside a claim's write, once its new state is known: a claim that was and
 * stays published and whose words or verdict changed gets the editor's
 * public note, and without one the whole write is refused (422 on the note's
 * fields, in the form's language), so nothing published changes silently.
 * Any other write ignores a note it was sent.
 */
export async function recordPublicNote(tx: Tx, before: ClaimSnapshot, after: ClaimSnapshot, note: z.output<typeof publicNoteInput> | undefined) {
  const fields = publicChanges(before, after);
  if (before.status !== "published" || after.status !== "published" || fields.length === 0) return;
  if (!note) {
    throw new AppError(422, "error.publicNoteRequired", { fieldErrors: { "correction.note": ["error.publicNoteRequired"] } });
  }
  await tx.correction.create({ data: { claimId: after.id, kind: note.kind, note: note.note, fields } });
}
