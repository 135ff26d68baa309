import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import type { EntityType } from "@/lib/revisions/record-revision";
import { excerpt } from "@/lib/text/excerpt";

type Snapshot = Record<string, unknown>;

const asSnapshot = (value: unknown): Snapshot | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null;

// Bookkeeping every write touches: listing it as "changed" would hide what the person changed.
const BOOKKEEPING = new Set(["version", "updatedAt", "searchText"]);

/**
 * Each record's fields under the label its form gives them, so the audit log
 * names them as the admin knows them. A state set by a button (disabled,
 * revoked, approved) goes by the column or word that shows it. Claims are
 * named by their history instead (changedFieldLabels).
 */
const FIELD_LABELS: Partial<Record<EntityType, Record<string, MessageKey>>> = {
  source: {
    name: "admin.sources.name",
    nameEn: "admin.sources.nameEn",
    aliases: "admin.sources.aliases",
    kind: "admin.sources.kind",
    affiliationId: "admin.sources.affiliation",
    url: "admin.sources.url",
    country: "admin.sources.country",
    description: "admin.sources.description",
    credibility: "admin.sources.credibility",
    credibilityReason: "admin.sources.credibilityReason",
    status: "admin.audit.field.sourceStatus",
    deletedAt: "editor.history.field.deletedAt",
  },
  story: {
    title: "editor.stories.titleField",
    titleEn: "editor.stories.titleEn",
    summary: "editor.stories.summary",
    status: "editor.stories.status",
    tags: "editor.claim.tags",
    deletedAt: "editor.history.field.deletedAt",
  },
  user: { name: "admin.users.name", email: "admin.users.email", role: "admin.users.role", disabledAt: "admin.users.status" },
  apiToken: {
    name: "admin.tokens.name",
    scope: "admin.tokens.scope",
    expiresAt: "admin.tokens.expiresAt",
    revokedAt: "admin.tokens.status",
    lastUsedAt: "admin.tokens.lastUsedAt",
  },
  webhook: {
    url: "admin.webhooks.url",
    description: "admin.webhooks.description",
    events: "admin.webhooks.events",
    disabledAt: "admin.webhooks.state",
  },
  verdictLevel: {
    key: "editor.verdictScale.key",
    labelAr: "editor.verdictScale.labelAr",
    labelEn: "editor.verdictScale.labelEn",
    ratingValue: "editor.verdictScale.rating",
    color: "editor.verdictScale.color",
    position: "editor.verdictScale.position",
  },
};

/**
 * What a revision is about, in words an admin recognises: the record's name,
 * title, email, label or the start of its text. A merge names the duplicate,
 * an import the headline of the article it came from.
 */
export function revisionSubject(before: unknown, after: unknown): string | null {
  const snapshot = asSnapshot(after) ?? asSnapshot(before);
  if (!snapshot) return null;
  if (asSnapshot(snapshot.duplicate)) return revisionSubject(null, snapshot.duplicate);
  const headline = asSnapshot(asSnapshot(snapshot.draft)?.article)?.headline;
  for (const value of [headline, ...["name", "title", "email", "labelAr", "text", "url"].map((field) => snapshot[field])]) {
    if (typeof value === "string" && value) return excerpt(value, 80);
  }
  return null;
}

/** For a merge or its undo: the source that was kept. */
export function keptSourceOf(after: unknown): { id: string; name: string } | null {
  const kept = asSnapshot(asSnapshot(after)?.kept);
  return kept && typeof kept.id === "string" && typeof kept.name === "string" ? { id: kept.id, name: kept.name } : null;
}

/** The top-level fields whose value differs between before and after (none for a creation or a merge). */
export function changedFields(before: unknown, after: unknown): string[] {
  const [from, to] = [asSnapshot(before), asSnapshot(after)];
  if (!from || !to || keptSourceOf(to)) return [];
  return Object.keys(to).filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(from[field]) !== JSON.stringify(to[field]));
}

/**
 * The fields a revision changed, named as the admin knows them (none for a
 * creation or a merge). A claim's are compared and named as its history
 * shows them: names over ids, and evidence by what the editor entered, not
 * the row ids every verdict save renews. A field no form names shows as stored.
 */
export function changedFieldLabels(
  revision: { entityType: string; before: unknown; after: unknown },
  reader: { t: Translate; prefs: Preferences },
): string[] {
  const { entityType, before, after } = revision;
  const fields = changedFields(before, after);
  if (fields.length === 0) return [];
  if (entityType === "claim") return diffSnapshots(before, after, reader).map((change) => change.label);
  const labels = FIELD_LABELS[entityType as EntityType] ?? {};
  return fields.map((field) => (labels[field] ? reader.t(labels[field]) : field));
}

/** Where an admin can see the record a revision is about, when it has a page. */
export function entityHref(entityType: string, entityId: string, before: unknown, after: unknown): string | null {
  const slug = (asSnapshot(after) ?? asSnapshot(before))?.slug;
  switch (entityType as EntityType) {
    case "source":
      return `/admin/sources/${entityId}`;
    case "claim":
      return `/editor/claims/${entityId}`;
    case "user":
      return `/admin/users#user-${entityId}`;
    case "apiToken":
      return `/admin/tokens#token-${entityId}`;
    case "webhook":
      return `/admin/webhooks#webhook-${entityId}`;
    case "story":
      return typeof slug === "string" ? `/stories/${encodeURIComponent(slug)}` : null;
    case "tag":
      return typeof slug === "string" ? `/tags/${encodeURIComponent(slug)}` : null;
    case "import":
      return `/editor/import/${entityId}`;
    case "settings":
      return "/admin/settings";
    case "review":
    case "note": {
      // Both live on their claim's desk page.
      const claimId = (asSnapshot(after) ?? asSnapshot(before))?.claimId;
      return typeof claimId === "string" ? `/editor/claims/${claimId}#notes` : null;
    }
    case "tip":
      return `/editor/tips#tip-${entityId}`;
    default:
      return null;
  }
}
