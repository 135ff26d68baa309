import { z } from "zod";
import type { EntityType } from "@/lib/revisions/record-revision";
import { filterDay } from "@/lib/validation/fields";

/** Every kind of record revisions are kept for, in the order the filter offers them. */
export const AUDITED_ENTITY_TYPES = ["claim", "source", "story", "tag", "user", "apiToken", "verdictLevel", "import", "webhook", "settings", "review", "note", "tip"] as const satisfies readonly EntityType[];

/**
 * The audit page's filters, from its query string. A tampered or stale value
 * is dropped (`catch`) rather than failing the page: the admin sees the
 * unfiltered list instead of an error.
 */
export const auditFilters = z.object({
  // "system": changes made by the command line or the demo data, which have no account.
  actor: z.union([z.literal("system"), z.uuid()]).optional().catch(undefined),
  entityType: z.enum(AUDITED_ENTITY_TYPES).optional().catch(undefined),
  // One record's history, e.g. from a source's page.
  entityId: z.uuid().optional().catch(undefined),
  from: filterDay.optional().catch(undefined),
  to: filterDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilters = z.output<typeof auditFilters>;
