import { z } from "zod";
import type { ClaimStatus } from "@/lib/vocabulary";
import { claimStatusSchema, formBoolean, id, linkTypeSchema, timePrecisionSchema } from "@/lib/validation/fields";

// What restoring a revision brings back. A restore is for getting earlier
// words back: it restores a claim's content (who said what, when, the chain,
// tags, stories, links). Its place in the workflow and its verdict are the
// desk's later decisions, brought back only when the editor picks them too,
// so a restore never takes a live fact-check offline or wipes its verdict as
// a side effect. The first-publication date and the assignee are never
// restored: a claim keeps the day readers first saw it.

const nullableString = z.string().nullable();
const nullableDate = z.coerce.date().nullable();

/** A claim as claimSnapshot() stored it in a revision (dates arrive as JSON strings). */
export const storedClaim = z.object({
  id,
  claimantId: id,
  saidAt: z.coerce.date(),
  saidAtPrecision: timePrecisionSchema,
  text: z.string(),
  language: z.string(),
  summary: nullableString,
  status: claimStatusSchema,
  verdictId: nullableString,
  verdictReasoning: nullableString,
  verdictAt: nullableDate,
  appearances: z.array(
    z.object({
      id,
      sourceId: id,
      url: nullableString,
      title: nullableString,
      quote: nullableString,
      publishedAt: nullableDate,
      publishedAtPrecision: timePrecisionSchema,
      viaId: nullableString,
    }),
  ),
  tags: z.array(z.string()),
  storyIds: z.array(id),
  links: z.array(z.object({ toClaimId: id, type: linkTypeSchema, note: nullableString })),
  evidence: z.array(z.object({ url: z.string(), archivedUrl: nullableString, title: z.string(), note: nullableString })),
});
export type StoredClaim = z.output<typeof storedClaim>;

/** What an editor picks to restore besides the content (unticked boxes are absent from a form: no). */
export const restoreScopeFields = {
  restoreStatus: formBoolean.default(false),
  restoreVerdict: formBoolean.default(false),
};
export type RestoreScope = { restoreStatus: boolean; restoreVerdict: boolean };

/**
 * The snapshot fields of each part, the names stored beside the ids included
 * (a revision's claimant, story titles, linked claims and verdict labels), so
 * a preview reads as the history does.
 */
const PARTS = {
  content: ["claimantId", "claimant", "saidAt", "saidAtPrecision", "text", "language", "summary", "tags", "storyIds", "storyTitles", "appearances", "links", "linkedClaims"],
  status: ["status"],
  verdict: ["verdictId", "verdict", "verdictReasoning", "verdictAt", "evidence"],
} as const;
export type RestorePart = keyof typeof PARTS;

type Snapshot = Record<string, unknown>;

function pick(snapshot: Snapshot, fields: readonly string[]): Snapshot {
  return Object.fromEntries(fields.filter((field) => field in snapshot).map((field) => [field, snapshot[field]]));
}

/** The first-publication date after a restore: kept, or set when the claim goes public for the first time. */
export function publishedAtAfter(current: { publishedAt: Date | string | null }, status: ClaimStatus, now = new Date()) {
  return status === "published" ? (current.publishedAt ?? now) : current.publishedAt;
}

/**
 * How the claim reads now and after restoring one part of `stored` over it:
 * what a preview compares, one part at a time, so the editor sees what the
 * content restore changes and what each box would change besides.
 */
export function restoredPart(current: Snapshot, stored: Snapshot, part: RestorePart): Snapshot {
  const next = { ...current, ...pick(stored, PARTS[part]) };
  if (part === "status") {
    const status = claimStatusSchema.safeParse(stored.status);
    if (status.success) next.publishedAt = publishedAtAfter({ publishedAt: (current.publishedAt as string | null) ?? null }, status.data);
  }
  return next;
}

/** Whether a status change takes a claim off the public site (only published claims are readers'). */
export const unpublishes = (from: ClaimStatus, to: ClaimStatus) => from === "published" && to !== "published";
