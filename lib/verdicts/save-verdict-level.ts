import { z } from "zod";
import { notFound } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, optionalId } from "@/lib/validation/fields";

export const saveVerdictLevelInput = z.object({
  id: optionalId,
  key: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, { error: "validation.verdictKey" }),
  labelAr: cleanText(60),
  labelEn: cleanText(60),
  ratingValue: z.coerce.number().int().min(1, { error: "validation.rating" }).max(5, { error: "validation.rating" }),
  color: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, { error: "validation.color" }),
  position: z.coerce.number().int().min(0).max(1000),
});

/** Adds a level to the verdict scale, or relabels, recolours or re-rates one (admins). */
export const saveVerdictLevel = defineUseCase({
  action: "verdictScale.write",
  input: saveVerdictLevelInput,
  async run({ actor, input, tx }) {
    const { id, ...fields } = input;
    const before = id ? await tx.verdictLevel.findUnique({ where: { id } }) : null;
    if (id && !before) throw notFound("verdict");
    const level = id ? await tx.verdictLevel.update({ where: { id }, data: fields }) : await tx.verdictLevel.create({ data: fields });
    await recordRevision(tx, actor, { entityType: "verdictLevel", entityId: level.id, action: id ? "update" : "create", before: before ?? undefined, after: level });
    return level;
  },
});
