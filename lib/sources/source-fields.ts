import { z } from "zod";
import { AppError } from "@/lib/errors";
import { cleanText, nameList, optionalId, optionalText, optionalUrl, sourceKindSchema } from "@/lib/validation/fields";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

/** A source's other names. Merges add the duplicate's names, so a well-known source collects many. */
export const aliases = nameList(120, 200);

/** The fields an editor may fill when proposing a source, and an admin when creating one. */
export const sourceProfileFields = {
  name: cleanText(200),
  nameEn: optionalText(200),
  aliases,
  kind: sourceKindSchema,
  description: optionalText(2000),
  url: optionalUrl,
  country: optionalText(100),
  affiliationId: optionalId,
};

export const credibilityFields = {
  credibility: z.preprocess(
    // A form's "not rated" option is an empty string.
    (value) => (value === "" ? null : value),
    z.coerce
      .number()
      .int()
      .min(1, { error: "validation.choice" })
      .max(5, { error: "validation.choice" })
      .optional()
      .nullable(),
  ),
  credibilityReason: optionalText(2000),
};

/** A rating is only as good as its reason: readers see both, so one never comes without the other. */
export function requireCredibilityReason(
  value: { credibility?: number | null; credibilityReason: string | null },
  context: z.RefinementCtx,
): void {
  if (value.credibility != null && !value.credibilityReason) {
    context.addIssue({ code: "custom", path: ["credibilityReason"], message: "admin.sources.reasonRequired" });
  }
}

/** What trigram search matches a source by: every name it goes by, normalized. */
export function sourceSearchText(source: { name: string; nameEn?: string | null; aliases: string[] }): string {
  return normalizeArabic([source.name, source.nameEn ?? "", ...source.aliases].join(" | "));
}

export const sourceNotFound = () => new AppError(404, "admin.sources.notFound");
