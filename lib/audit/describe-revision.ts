import type { EntityType } from "@/lib/revisions/record-revision";

type Snapshot = Record<string, unknown>;

const asSnapshot = (value: unknown): Snapshot | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null;

// Bookkeeping every write touches: listing it as "changed" would hide what the person changed.
const BOOKKEEPING = new Set(["version", "updatedAt", "searchText"]);

/**
 * What a revision is about, in words an admin recognises: the record's name,
 * title, email, label or the start of its text. A merge names the duplicate.
 */
export function revisionSubject(before: unknown, after: unknown): string | null {
  const snapshot = asSnapshot(after) ?? asSnapshot(before);
  if (!snapshot) return null;
  if (asSnapshot(snapshot.duplicate)) return revisionSubject(null, snapshot.duplicate);
  for (const field of ["name", "title", "email", "labelAr", "text"]) {
    const value = snapshot[field];
    if (typeof value === "string" && value) return value.length > 80 ? `${value.slice(0, 80)}…` : value;
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
    case "story":
      return typeof slug === "string" ? `/stories/${encodeURIComponent(slug)}` : null;
    case "tag":
      return typeof slug === "string" ? `/tags/${encodeURIComponent(slug)}` : null;
    default:
      return null;
  }
}
