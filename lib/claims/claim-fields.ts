import { z } from "zod";
import { tagNames } from "@/lib/tags/tag-names";
import { claimStatusSchema, cleanText, date, id, language, optionalId, optionalText, optionalUrl, timePrecisionSchema } from "@/lib/validation/fields";

/** One place a claim was published or relayed; `viaKey` names the appearance it was carried from. */
export const appearanceInput = z.object({
  key: z.string().min(1).max(40),
  sourceId: id,
  url: optionalUrl,
  title: optionalText(500),
  quote: optionalText(5000),
  publishedAt: date.optional().nullable(),
  publishedAtPrecision: timePrecisionSchema.default("day"),
  viaKey: z
    .string()
    .max(40)
    .optional()
    .nullable()
    .transform((value) => value || null),
});
export type AppearanceInput = z.output<typeof appearanceInput>;

/** What a claim says, who said it and when: shared by create, edit and the answer forms. */
export const claimStatementFields = {
  claimantId: id,
  saidAt: date,
  saidAtPrecision: timePrecisionSchema.default("day"),
  text: cleanText(20_000),
  language,
  summary: optionalText(2000),
};

export const claimFields = {
  ...claimStatementFields,
  status: claimStatusSchema.default("draft"),
  assigneeId: optionalId,
  tags: tagNames,
  // The same story twice is the claim filed there once, not a duplicate-key refusal.
  storyIds: z
    .array(id)
    .max(20)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  appearances: z.array(appearanceInput).max(50).default([]),
};
