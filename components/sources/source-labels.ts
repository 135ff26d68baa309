import type { Labels } from "@/components/admin/labels";
import { SOURCE_KINDS } from "@/lib/vocabulary";

/** The strings the source form needs (picked on the server). */
export const SOURCE_FORM_LABELS = [
  "admin.sources.name",
  "admin.sources.nameEn",
  "admin.sources.aliases",
  "admin.sources.aliasesHint",
  "admin.sources.kind",
  "admin.sources.affiliation",
  "admin.sources.affiliationHint",
  "admin.sources.noAffiliation",
  "admin.sources.affiliationSearch",
  "admin.sources.affiliationNoMatch",
  "admin.sources.affiliationClear",
  "admin.sources.kindUnchosen",
  "admin.sources.url",
  "admin.sources.country",
  "admin.sources.description",
  "admin.sources.credibility",
  "admin.sources.credibilityHint",
  "admin.sources.credibilityScore",
  "admin.sources.notRated",
  "admin.sources.credibilityReason",
  "admin.sources.credibilityReasonHint",
  "admin.sources.saving",
  "admin.sources.saveAndApprove",
  "admin.sources.reloadToSee",
  ...SOURCE_KINDS.map((kind) => `source.kind.${kind}` as const),
] as const;

export type SourceLabels = Labels<(typeof SOURCE_FORM_LABELS)[number]>;
