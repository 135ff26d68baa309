import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/messages";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";
import { importedClaimRoleSchema, linkTypeSchema, sourceKindSchema, timePrecisionSchema } from "@/lib/validation/fields";
import { refusingNull } from "@/lib/validation/refuses-null";

// The article importer's contract. The parser returns an ImportDraft; the
// editor reviews and edits it, and the same schema accepts it back. So the
// draft is self-contained: sources, claims and appearances refer to each other
// by local keys, and only `matchedSourceId` points into the database.
// Fields the parser may fail to find (date, publisher) are nullable in the
// type so the parser can say "not found", but the schema refuses them empty:
// a draft is only accepted once an editor has filled them in.

export const MAX_ARTICLE_BYTES = 200 * 1024;

// The SourceKind, TimePrecision, LinkType and ImportedClaimRole enums of prisma/schema.prisma.
export const draftSourceKindSchema = sourceKindSchema;
export const draftTimePrecisionSchema = timePrecisionSchema;
export const draftLinkTypeSchema = linkTypeSchema;
export const draftClaimRoleSchema = importedClaimRoleSchema;

const key = z.string().trim().min(1, { error: "importer.error.keyRequired" });
const evidence = z.string().trim().min(1, { error: "importer.error.evidenceRequired" });
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "importer.error.invalidDate",
});
const httpUrl = z.url({ protocol: /^https?$/, error: "importer.error.invalidUrl" });

/** A value the parser may leave null (the input type allows it), which a reviewed draft must have (the output type does not). */
function requiredAfterReview<T extends z.ZodType>(schema: T, message: MessageKey) {
  return refusingNull(schema.nullable().refine((value) => value !== null, { error: message }));
}

export const draftArticleSchema = z.object({
  headline: z.string().trim().min(1, { error: "importer.error.headlineRequired" }),
  publishedAt: requiredAfterReview(isoDateOrDateTime, "importer.error.publishedAtRequired"),
  precision: z.enum(["day", "exact"]),
  publisherName: requiredAfterReview(z.string().trim().min(1, { error: "importer.error.publisherRequired" }), "importer.error.publisherRequired"),
  url: httpUrl.optional(),
});

export const draftSourceSchema = z.object({
  key,
  name: z.string().trim().min(1, { error: "importer.error.sourceNameRequired" }),
  kind: draftSourceKindSchema,
  /** The known source this mention was matched to; null proposes a new source. */
  matchedSourceId: z.string().min(1).nullable(),
  /** Key of the source this one speaks for (بيسكوف → الكرملين). */
  affiliationKey: key.nullable(),
  /** The role as written, e.g. "المتحدث باسم". */
  role: z.string().trim().min(1).nullable(),
  evidence,
});

export const draftClaimSchema = z.object({
  key,
  claimantKey: key,
  text: z.string().trim().min(1, { error: "importer.error.claimTextRequired" }),
  summary: z.string().trim().min(1).optional(),
  saidAt: requiredAfterReview(isoDateOrDateTime, "importer.error.saidAtRequired"),
  saidAtPrecision: draftTimePrecisionSchema,
  language: z.literal("ar"),
  role: draftClaimRoleSchema,
  evidence,
});

export const draftLinkSchema = z.object({
  fromKey: key,
  toKey: key,
  type: draftLinkTypeSchema,
  evidence,
});

export const draftAppearanceSchema = z.object({
  key,
  claimKey: key,
  sourceKey: key,
  /** The earlier appearance this one carried the claim from; null at the origin. */
  viaKey: key.nullable(),
  title: z.string().trim().min(1).optional(),
  url: httpUrl.optional(),
  quote: z.string().trim().min(1).optional(),
  publishedAt: isoDateOrDateTime.optional(),
  evidence,
});

export const draftRelatedSchema = z.object({
  headline: z.string().trim().min(1, { error: "importer.error.relatedHeadlineRequired" }),
  text: z.string(),
});

export const importDraftSchema = z
  .object({
    article: draftArticleSchema,
    sources: z.array(draftSourceSchema),
    claims: z.array(draftClaimSchema),
    links: z.array(draftLinkSchema),
    appearances: z.array(draftAppearanceSchema),
    tags: z.array(z.string().trim().min(1)),
    related: z.array(draftRelatedSchema),
  })
  .superRefine((draft, ctx) => {
    for (const issue of findReferenceProblems(draft)) ctx.addIssue({ code: "custom", ...issue });
  });

/** The draft as the parser returns it and the editor edits it: the date and publisher may still be missing. */
export type ImportDraft = z.input<typeof importDraftSchema>;
/** A draft the schema accepted: complete and consistent, ready to import. */
export type ReviewedImportDraft = z.infer<typeof importDraftSchema>;
export type DraftArticle = z.input<typeof draftArticleSchema>;
export type DraftSource = z.infer<typeof draftSourceSchema>;
export type DraftClaim = z.input<typeof draftClaimSchema>;
export type DraftLink = z.infer<typeof draftLinkSchema>;
export type DraftAppearance = z.infer<typeof draftAppearanceSchema>;
export type DraftRelated = z.infer<typeof draftRelatedSchema>;
export type DraftSourceKind = z.infer<typeof draftSourceKindSchema>;

type ReferenceProblem = { message: MessageKey; path: (string | number)[] };

/**
 * The draft's keys must hold together after any edit: every reference points
 * at something in the draft, keys are unique, and `via` chains stay inside one
 * claim and end (the database refuses cycles and cross-claim hops too).
 */
function findReferenceProblems(draft: {
  sources: DraftSource[];
  claims: DraftClaim[];
  links: DraftLink[];
  appearances: DraftAppearance[];
}): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const sourceKeys = collectUniqueKeys(draft.sources, "sources", problems);
  const claimKeys = collectUniqueKeys(draft.claims, "claims", problems);
  const appearancesByKey = new Map(draft.appearances.map((appearance) => [appearance.key, appearance]));
  collectUniqueKeys(draft.appearances, "appearances", problems);

  const requireKey = (keys: Set<string>, value: string, message: MessageKey, path: ReferenceProblem["path"]) => {
    if (!keys.has(value)) problems.push({ message, path });
  };
  draft.sources.forEach((source, i) => {
    if (source.affiliationKey === null) return;
    requireKey(sourceKeys, source.affiliationKey, "importer.error.affiliationMissing", ["sources", i, "affiliationKey"]);
    if (source.affiliationKey === source.key) {
      problems.push({ message: "importer.error.selfAffiliation", path: ["sources", i, "affiliationKey"] });
    }
  });
  draft.claims.forEach((claim, i) => {
    requireKey(sourceKeys, claim.claimantKey, "importer.error.claimantMissing", ["claims", i, "claimantKey"]);
  });
  draft.links.forEach((link, i) => {
    requireKey(claimKeys, link.fromKey, "importer.error.claimMissing", ["links", i, "fromKey"]);
    requireKey(claimKeys, link.toKey, "importer.error.claimMissing", ["links", i, "toKey"]);
    if (link.fromKey === link.toKey) problems.push({ message: "importer.error.selfLink", path: ["links", i] });
  });
  draft.appearances.forEach((appearance, i) => {
    requireKey(claimKeys, appearance.claimKey, "importer.error.claimMissing", ["appearances", i, "claimKey"]);
    requireKey(sourceKeys, appearance.sourceKey, "importer.error.sourceMissing", ["appearances", i, "sourceKey"]);
    if (appearance.viaKey === null) return;
    const via = appearancesByKey.get(appearance.viaKey);
    if (!via) {
      problems.push({ message: "importer.error.viaMissing", path: ["appearances", i, "viaKey"] });
    } else if (via.claimKey !== appearance.claimKey) {
      problems.push({ message: "importer.error.viaOtherClaim", path: ["appearances", i, "viaKey"] });
    } else if (viaChainLoops(appearance.key, appearancesByKey)) {
      problems.push({ message: "importer.error.viaLoop", path: ["appearances", i, "viaKey"] });
    }
  });
  return problems;
}

function collectUniqueKeys(items: { key: string }[], path: string, problems: ReferenceProblem[]): Set<string> {
  const keys = new Set<string>();
  items.forEach((item, i) => {
    if (keys.has(item.key)) problems.push({ message: "importer.error.duplicateKey", path: [path, i, "key"] });
    keys.add(item.key);
  });
  return keys;
}

function viaChainLoops(start: string, appearancesByKey: Map<string, { viaKey: string | null }>): boolean {
  const seen = new Set<string>();
  for (let current: string | null = start; current !== null; current = appearancesByKey.get(current)?.viaKey ?? null) {
    if (seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

export const knownSourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().nullish(),
  aliases: z.array(z.string()),
});
export type KnownSource = z.infer<typeof knownSourceSchema>;

export const parseArticleInputSchema = z.object({
  text: z
    .string({ error: "importer.error.textRequired" })
    .refine((text) => stripControlCharacters(text).trim() !== "", {
      error: "importer.error.textEmpty",
    })
    .refine((text) => utf8ByteLength(text) <= MAX_ARTICLE_BYTES, {
      error: "importer.error.textTooLong",
    }),
});
export type ParseArticleInput = z.infer<typeof parseArticleInputSchema>;

function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
