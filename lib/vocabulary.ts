// The product's vocabularies, each defined once: the values come from the
// Prisma enums (the database's own types), and every list, zod schema, form,
// filter, label and the OpenAPI document derive from here. A value added to
// an enum in schema.prisma appears everywhere, and its labels are a type error
// until messages/ names it (labels are looked up as `link.${type}` and so on).
// Plain data only, so client components import it too; the zod schemas made
// from the same enums are in lib/validation/fields.ts.
import {
  ClaimStatus,
  CorrectionKind,
  ImportedClaimRole,
  LinkType,
  ReviewStatus,
  Role,
  SourceKind,
  SourceStatus,
  StoryStatus,
  TimePrecision,
  TipChannel,
  TipStatus,
  TokenScope,
  WebhookDeliveryStatus,
  WebhookEvent,
} from "@/lib/db/generated/enums.ts";

export { ClaimStatus, CorrectionKind, ImportedClaimRole, LinkType, ReviewStatus, Role, SourceKind, SourceStatus, StoryStatus, TimePrecision, TipChannel, TipStatus, TokenScope, WebhookDeliveryStatus, WebhookEvent };

export const LINK_TYPES = Object.values(LinkType);
export const SOURCE_KINDS = Object.values(SourceKind);
export const CLAIM_STATUSES = Object.values(ClaimStatus);
export const STORY_STATUSES = Object.values(StoryStatus);
export const TIME_PRECISIONS = Object.values(TimePrecision);
export const ROLES = Object.values(Role);
export const TOKEN_SCOPES = Object.values(TokenScope);
export const WEBHOOK_EVENTS = Object.values(WebhookEvent);
export const WEBHOOK_DELIVERY_STATUSES = Object.values(WebhookDeliveryStatus);
export const CORRECTION_KINDS = Object.values(CorrectionKind);
export const IMPORTED_CLAIM_ROLES = Object.values(ImportedClaimRole);
export const REVIEW_STATUSES = Object.values(ReviewStatus);
export const TIP_STATUSES = Object.values(TipStatus);
export const TIP_CHANNELS = Object.values(TipChannel);

/** `value` when it is one of `values` (a select's option, a query parameter), else undefined. */
export function oneOf<Value extends string>(values: readonly Value[], value: string): Value | undefined {
  return values.find((known) => known === value);
}

/**
 * Links that answer a claim (a denial of a report, a confirmation of it):
 * timelines hang them under the claim they answer; the other types
 * (repeats, context) are references between events.
 */
export const ANSWER_LINK_TYPES = [
  LinkType.denies,
  LinkType.refutes,
  LinkType.confirms,
  LinkType.supports,
  LinkType.corrects,
] as const satisfies readonly LinkType[];
export type AnswerLinkType = (typeof ANSWER_LINK_TYPES)[number];

/** The two answers the desk records as a claim of their own: a denial and a confirmation. */
export type AnswerKind = typeof LinkType.denies | typeof LinkType.confirms;

export const isAnswerLink = (type: LinkType): type is AnswerLinkType => (ANSWER_LINK_TYPES as readonly LinkType[]).includes(type);

/** Each of `values` with its label: the labels a client component is handed, picked on the server. */
export function labelled<Value extends string>(values: readonly Value[], label: (value: Value) => string): Record<Value, string> {
  // fromEntries cannot know its keys are exactly `values`; they are, by construction.
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<Value, string>;
}

