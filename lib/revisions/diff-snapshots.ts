import type { TimePrecision } from "@/lib/vocabulary";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { isMessageKey, type MessageKey, type Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { timePrecisionSchema } from "@/lib/validation/fields";

/** Who a snapshot is described for: their language, calendar and digits. */
type SnapshotReader = { t: Translate; prefs: Preferences };

type FieldValue = { field: string; label: string; value: string };
type FieldChange = { field: string; label: string; before: string; after: string };

type Snapshot = Record<string, unknown>;

/**
 * How a field reads, and, for a reference to other records, what it refers
 * to (undefined when a snapshot does not store that).
 */
type FieldReading = { label: MessageKey; show: (snapshot: Snapshot, reader: SnapshotReader) => string; refersTo?: (snapshot: Snapshot) => string | undefined };

const EMPTY = "—";

/**
 * Shown through another field (ids through the names beside them, a
 * precision through its date) or bookkeeping every save changes, which would
 * bury the real change.
 */
const SHOWN_ELSEWHERE = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "searchText",
  "claimantId",
  "assigneeId",
  "verdictId",
  "storyIds",
  "storyTitles",
  "linkedClaims",
  "saidAtPrecision",
]);

/**
 * A claim's fields in the order the claim form shows them, each with the form's
 * label and how its stored value reads. Snapshots are read defensively: old
 * revisions lack fields added since (the assignee's name, story titles), and
 * those fall back to what they did store. So references are compared by id:
 * an old revision's `u-1` and a newer one's "سارة" can be the same assignee,
 * and a link to a claim since reworded is the same link.
 */
const CLAIM_FIELDS: Record<string, FieldReading> = {
  claimant: { label: "editor.claim.claimant", show: (s) => nameOr(s.claimant, s.claimantId), refersTo: (s) => storedId(s.claimantId) },
  saidAt: { label: "editor.claim.saidAt", show: (s, { prefs }) => when(s.saidAt, s.saidAtPrecision, prefs) },
  text: { label: "editor.claim.text", show: (s) => plain(s.text) },
  summary: { label: "editor.claim.summary", show: (s) => plain(s.summary) },
  language: { label: "editor.claim.language", show: (s) => plain(s.language) },
  tags: { label: "editor.claim.tags", show: (s, reader) => unordered(s.tags, reader) },
  stories: {
    label: "editor.claim.stories",
    show: (s, reader) => unordered(Array.isArray(s.storyTitles) ? s.storyTitles : s.storyIds, reader),
    refersTo: (s) => (Array.isArray(s.storyIds) ? JSON.stringify(s.storyIds.map(String).sort()) : undefined),
  },
  status: { label: "editor.claim.status", show: (s, { t }) => translated(`editor.status.${String(s.status)}`, s.status, t) },
  assignee: { label: "editor.claim.assignee", show: (s) => nameOr(s.assignee, s.assigneeId), refersTo: (s) => storedId(s.assigneeId) },
  appearances: { label: "editor.claim.appearances", show: (s, reader) => appearances(s.appearances, reader) },
  links: { label: "editor.links.title", show: (s, reader) => links(s.links, s.linkedClaims, reader), refersTo: (s) => linkIds(s.links) },
  verdict: {
    label: "editor.verdict.level",
    show: (s, { prefs }) => nameOr(verdictName(s.verdict, prefs), s.verdictId),
    refersTo: (s) => storedId(s.verdictId),
  },
  verdictReasoning: { label: "editor.verdict.reasoning", show: (s) => plain(s.verdictReasoning) },
  evidence: { label: "editor.verdict.evidence", show: (s) => evidence(s.evidence) },
  verdictAt: { label: "editor.history.field.verdictAt", show: (s, { prefs }) => when(s.verdictAt, "exact", prefs) },
  publishedAt: { label: "editor.history.field.publishedAt", show: (s, { prefs }) => when(s.publishedAt, "exact", prefs) },
  deletedAt: { label: "editor.history.field.deletedAt", show: (s, { prefs }) => when(s.deletedAt, "exact", prefs) },
};

/**
 * Every field of a snapshot that has a value, readable: names over ids,
 * translated labels and statuses, dates in the reader's calendar.
 */
export function describeSnapshot(snapshot: unknown, reader: SnapshotReader): FieldValue[] {
  const stored = asRecord(snapshot);
  return fieldsOf([stored], reader)
    .map(({ field, label, show }) => ({ field, label, value: show(stored) }))
    .filter((field) => field.value !== EMPTY);
}

/**
 * The fields that differ between two revision snapshots, readable: what an
 * editor sees in the history view. Either side may be missing (a creation
 * has no "before").
 */
export function diffSnapshots(before: unknown, after: unknown, reader: SnapshotReader): FieldChange[] {
  const [was, is] = [asRecord(before), asRecord(after)];
  return fieldsOf([was, is], reader)
    .filter(({ show, refersTo }) => {
      const [wasRef, isRef] = [refersTo?.(was), refersTo?.(is)];
      return wasRef !== undefined && isRef !== undefined ? wasRef !== isRef : show(was) !== show(is);
    })
    .map(({ field, label, show }) => ({ field, label, before: show(was), after: show(is) }));
}

// A link inside a described value, up to the space (or the separator and space) after it.
const LINK_IN_VALUE = /(https?:\/\/\S+?(?=[.,;:،؛)]?(?:\s|$)))/;

/**
 * A described value cut around the links in it (evidence, an appearance's
 * address), so a page can show each link left to right and let it wrap.
 */
export function valueParts(value: string): { text: string; isLink: boolean }[] {
  // Splitting on a captured pattern alternates text and link, text first.
  return value
    .split(LINK_IN_VALUE)
    .map((text, index) => ({ text, isLink: index % 2 === 1 }))
    .filter((part) => part.text !== "");
}

/** The known fields first, then whatever else the snapshots hold (shown as stored, under its own name). */
function fieldsOf(
  snapshots: Snapshot[],
  reader: SnapshotReader,
): { field: string; label: string; show: (snapshot: Snapshot) => string; refersTo?: FieldReading["refersTo"] }[] {
  const known = Object.entries(CLAIM_FIELDS).map(([field, { label, show, refersTo }]) => ({
    field,
    label: reader.t(label),
    show: (snapshot: Snapshot) => show(snapshot, reader),
    refersTo,
  }));
  const others = [...new Set(snapshots.flatMap(Object.keys))]
    .filter((field) => !(field in CLAIM_FIELDS) && !SHOWN_ELSEWHERE.has(field))
    .map((field) => ({ field, label: field, show: (snapshot: Snapshot) => plain(snapshot[field]) }));
  return [...known, ...others];
}

function asRecord(value: unknown): Snapshot {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {};
}

/** A value as stored: text as it is, lists joined, objects as JSON. */
function plain(value: unknown): string {
  if (value == null || value === "") return EMPTY;
  if (Array.isArray(value)) return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join("، ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A stored id as compared across snapshots: none (null) is a value too; undefined when the snapshot has no such field. */
function storedId(id: unknown): string | undefined {
  return id === undefined ? undefined : JSON.stringify(id ?? null);
}

/** `{ name }` as revisions store a claimant, source or assignee; its id when an old revision stored no name. */
function nameOr(named: unknown, id: unknown): string {
  const name = asRecord(named).name;
  return typeof name === "string" && name ? name : plain(id);
}

function verdictName(verdict: unknown, prefs: Preferences): { name?: unknown } {
  const labels = asRecord(verdict);
  return { name: prefs.locale === "en" ? labels.labelEn : labels.labelAr };
}

function translated(key: string, stored: unknown, t: Translate): string {
  return isMessageKey(key) ? t(key) : plain(stored);
}

/** A stored date (a Date, or its JSON string in a revision) as precisely as it is known. */
function when(value: unknown, precision: unknown, prefs: Preferences): string {
  if (value == null || value === "") return EMPTY;
  const date = new Date(value as string | Date);
  if (Number.isNaN(date.getTime())) return plain(value);
  const known: TimePrecision = timePrecisionSchema.safeParse(precision).data ?? "day";
  return formatClaimTime(date, known, prefs);
}

const listSeparator = (prefs: Preferences) => (prefs.locale === "en" ? ", " : "، ");
const partSeparator = (prefs: Preferences) => (prefs.locale === "en" ? "; " : "؛ ");

/** Tags and stories have no order of their own, so two snapshots listing them differently are the same. */
function unordered(values: unknown, { prefs }: SnapshotReader): string {
  if (!Array.isArray(values) || values.length === 0) return EMPTY;
  return values.map(String).sort((a, b) => a.localeCompare(b)).join(listSeparator(prefs));
}

/**
 * One line per appearance, every field an editor enters: source, what it was
 * carried from, link, headline, date and quote. Appearance ids change on
 * every save, so `via` is shown as the name of the source it points to.
 */
function appearances(value: unknown, { t, prefs }: SnapshotReader): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  const rows = value.map(asRecord);
  const sourceOf = new Map(rows.map((row) => [row.id, nameOr(row.source, row.sourceId)]));
  return rows
    .map((row) =>
      [
        `${t("editor.appearance.source")}: ${nameOr(row.source, row.sourceId)}`,
        row.viaId ? `${t("editor.appearance.via")}: ${sourceOf.get(row.viaId) ?? plain(row.viaId)}` : t("editor.appearance.viaNone"),
        labelled(t("editor.appearance.url"), plain(row.url)),
        labelled(t("editor.appearance.title"), plain(row.title)),
        labelled(t("editor.appearance.date"), when(row.publishedAt, row.publishedAtPrecision, prefs)),
        labelled(t("editor.appearance.quote"), plain(row.quote)),
      ]
        .filter((part) => part !== null)
        .join(partSeparator(prefs)),
    )
    .join("\n");
}

function labelled(label: string, value: string): string | null {
  return value === EMPTY ? null : `${label}: ${value}`;
}

/**
 * One line per outgoing link: its type, then who said the linked claim and
 * how it begins ("ينفي: بيسكوف — «لا، هذا تقرير…»"), or its id in an old
 * revision that stored no names. The name and words are isolated (U+2068…2069):
 * a claim in another language must not reorder the line around it.
 */
function links(value: unknown, linkedClaims: unknown, { t }: SnapshotReader): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  const named = new Map((Array.isArray(linkedClaims) ? linkedClaims : []).map(asRecord).map((claim) => [claim.id, claim]));
  return value
    .map(asRecord)
    .map((link) => {
      const type = translated(`link.${String(link.type)}`, link.type, t);
      const claim = named.get(link.toClaimId);
      const claimant = asRecord(claim?.claimant).name;
      const line =
        typeof claimant === "string" && typeof claim?.excerpt === "string"
          ? t("editor.history.linkedClaim", { type, claimant: isolated(claimant), excerpt: isolated(claim.excerpt) })
          : t("editor.history.linkedClaimId", { type, id: plain(link.toClaimId) });
      return link.note ? `${line} (${plain(link.note)})` : line;
    })
    .join("\n");
}

/** Links as compared across snapshots: which claims, how, with what note, in no particular order. */
function linkIds(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  return JSON.stringify(value.map(asRecord).map((link) => JSON.stringify([link.toClaimId, link.type, link.note ?? null])).sort());
}

function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Evidence rows are rewritten on every verdict save, so only what an editor entered is compared. */
function evidence(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  return value
    .map(asRecord)
    .map((item) => [item.title, item.url, item.archivedUrl, item.note].filter((part) => part != null && part !== "").map(plain).join(" · "))
    .join("\n");
}
