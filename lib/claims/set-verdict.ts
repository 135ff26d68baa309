import { z } from "zod";
import { notFound } from "@/lib/errors";
import { publicNoteInput, recordPublicNote } from "@/lib/claims/public-note";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, id, optionalId, optionalText, optionalUrl, version } from "@/lib/validation/fields";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { lockEditableClaimVersion } from "./lock-claim";
import { refusingNull } from "@/lib/validation/refuses-null";

export const evidenceInput = z.object({
  url: refusingNull(optionalUrl.pipe(z.string({ error: "validation.required" }))),
  archivedUrl: optionalUrl,
  title: cleanText(500),
  note: optionalText(2000),
});

export const setVerdictInput = z.object({
  claimId: id,
  version,
  verdictId: optionalId,
  verdictReasoning: optionalText(10_000),
  evidence: z.array(evidenceInput).max(50).default([]),
  /** Readers' note on a change to a published claim's verdict (lib/claims/public-note.ts). */
  correction: publicNoteInput.optional(),
});

/** The newsroom's rating of a claim, with its reasoning and the evidence behind it. */
export const setVerdict = defineUseCase({
  action: "claim.setVerdict",
  input: setVerdictInput,
  async run({ actor, input, tx }) {
    const before = await lockEditableClaimVersion(tx, input.claimId, input.version);
    if (input.verdictId && !(await tx.verdictLevel.findUnique({ where: { id: input.verdictId } }))) {
      throw notFound("verdict");
    }
    await tx.claim.update({
      where: { id: input.claimId },
      data: {
        verdictId: input.verdictId,
        verdictReasoning: input.verdictReasoning,
        verdictAt: input.verdictId ? new Date() : null,
      },
    });
    await tx.evidence.deleteMany({ where: { claimId: input.claimId } });
    await tx.evidence.createMany({
      data: input.evidence.map((item, position) => ({ ...item, claimId: input.claimId, position })),
    });
    const after = await claimSnapshot(tx, input.claimId);
    await recordPublicNote(tx, before, after, input.correction);
    await recordClaimChange(tx, actor, { entityId: input.claimId, action: "verdict", before, after });
    return after;
  },
});
