/** Bookkeeping fields every save changes; a diff that listed them would bury the real change. */
const NOISE = new Set(["version", "updatedAt", "createdAt", "searchText", "id"]);

export type FieldChange = { field: string; before: string; after: string };

/** How a stored value reads in a diff: names over ids, lists joined, objects compact. */
function display(field: string, value: unknown): string {
  if (value == null || value === "") return "—";
  if (field === "appearances" && Array.isArray(value)) {
    return value
      .map((appearance: { source?: { name?: string }; sourceId?: string; url?: string | null }) =>
        [appearance.source?.name ?? appearance.sourceId, appearance.url].filter(Boolean).join(" "),
      )
      .join(" · ");
  }
  if (field === "claimant" && typeof value === "object") return String((value as { name?: string }).name ?? "");
  if (field === "verdict" && typeof value === "object") return String((value as { labelAr?: string }).labelAr ?? "");
  if (Array.isArray(value)) return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join("، ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * The fields that differ between two revision snapshots, readable: what an
 * editor sees in the history view. Either side may be missing (a creation
 * has no "before").
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  // Ids are shown through the names beside them (claimant, verdict, appearances' sources).
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !NOISE.has(field) && !field.endsWith("Id"));
  const shown = (field: string, value: unknown) => display(field, value) || "—";
  return fields
    .map((field) => ({ field, before: shown(field, a[field]), after: shown(field, b[field]) }))
    .filter((change) => change.before !== change.after);
}
