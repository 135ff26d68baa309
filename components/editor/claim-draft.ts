import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import type { StoryChoice } from "@/lib/stories/list-desk-stories";
import type { ClaimStatus, TimePrecision } from "@/lib/vocabulary";
import type { PickedSource } from "./source-picker";

/** What the claim form edits: the use-case's input, with picked sources' names kept for display. */
export type AppearanceDraft = {
  key: string;
  source: PickedSource | null;
  viaKey: string;
  url: string;
  title: string;
  quote: string;
  publishedAt: string;
};

export type ClaimDraft = {
  claimant: PickedSource | null;
  saidAt: string;
  saidAtPrecision: TimePrecision;
  text: string;
  summary: string;
  language: string;
  tags: string;
  /** The stories it is filed under, with their titles for display. */
  stories: StoryChoice[];
  status: ClaimStatus;
  assigneeId: string;
  appearances: AppearanceDraft[];
};

export const emptyClaimDraft = (): ClaimDraft => ({
  claimant: null,
  saidAt: "",
  saidAtPrecision: "day",
  text: "",
  summary: "",
  language: "ar",
  tags: "",
  stories: [],
  status: "draft",
  assigneeId: "",
  appearances: [],
});

/** The form's date field holds what its input type gives; the server wants a full date. */
export function dateInputToIso(value: string, precision: ClaimDraft["saidAtPrecision"]): string {
  if (!value) return "";
  if (precision === "year") return `${value}-01-01`;
  if (precision === "month") return `${value}-01`;
  if (precision === "exact") return value.length === 16 ? `${value}:00Z` : value;
  return value;
}

/** A stored date as the form's input of that precision shows it. */
export function isoToDateInput(iso: string | Date | null | undefined, precision: ClaimDraft["saidAtPrecision"]): string {
  if (!iso) return "";
  const text = typeof iso === "string" ? iso : iso.toISOString();
  return { exact: text.slice(0, 16), day: text.slice(0, 10), month: text.slice(0, 7), year: text.slice(0, 4) }[precision];
}

/** A typed date carried over to another precision: 2024-01-26 becomes 2024-01 for a month, 2024-01-26T00:00 for an exact time. */
export function changeDatePrecision(value: string, from: ClaimDraft["saidAtPrecision"], to: ClaimDraft["saidAtPrecision"]): string {
  const iso = dateInputToIso(value, from);
  return iso ? isoToDateInput(iso.length === 10 ? `${iso}T00:00` : iso, to) : "";
}

/** Tags as typed in a form's one field, split as the server splits them (lib/tags/tag-names.ts): each once, in the order typed. */
export function typedTags(text: string): string[] {
  return [...new Set(text.split(/[\n,،]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** The use-case input (createClaim / updateClaim / recordDenial) the draft stands for. */
export function draftToInput(draft: ClaimDraft) {
  return {
    claimantId: draft.claimant?.id ?? "",
    saidAt: dateInputToIso(draft.saidAt, draft.saidAtPrecision),
    saidAtPrecision: draft.saidAtPrecision,
    text: draft.text,
    summary: draft.summary,
    language: draft.language,
    tags: draft.tags,
    // A draft autosaved before stories carried their titles has storyIds instead, and is saved without stories.
    storyIds: (draft.stories ?? []).map((story) => story.id),
    status: draft.status,
    assigneeId: draft.assigneeId,
    appearances: draft.appearances.map((appearance) => ({
      key: appearance.key,
      sourceId: appearance.source?.id ?? "",
      viaKey: appearance.viaKey,
      url: appearance.url,
      title: appearance.title,
      quote: appearance.quote,
      publishedAt: appearance.publishedAt || null,
      publishedAtPrecision: "day" as const,
    })),
  };
}

/** A stored claim (snapshot or conflict copy) as the form edits it. */
export function snapshotToDraft(snapshot: ClaimSnapshot): ClaimDraft {
  return {
    claimant: { id: snapshot.claimantId, name: snapshot.claimant.name },
    saidAt: isoToDateInput(snapshot.saidAt, snapshot.saidAtPrecision),
    saidAtPrecision: snapshot.saidAtPrecision,
    text: snapshot.text,
    summary: snapshot.summary ?? "",
    language: snapshot.language,
    tags: snapshot.tags.join("، "),
    // storyIds and storyTitles come from the same rows, in the same order (claimSnapshot).
    stories: snapshot.storyIds.map((id, index) => ({ id, title: snapshot.storyTitles[index] ?? id })),
    status: snapshot.status,
    assigneeId: snapshot.assigneeId ?? "",
    appearances: snapshot.appearances.map((appearance) => ({
      key: appearance.id,
      source: { id: appearance.sourceId, name: appearance.source.name },
      viaKey: appearance.viaId ?? "",
      url: appearance.url ?? "",
      title: appearance.title ?? "",
      quote: appearance.quote ?? "",
      publishedAt: isoToDateInput(appearance.publishedAt, "day"),
    })),
  };
}

/**
 * The chains the rows describe, as an editor reads them: "كويت نيوز ← رويترز
 * ← بلومبرج ← …", one per last carrier, separated by " | ".
 */
export function chainText(appearances: AppearanceDraft[]): string {
  const byKey = new Map(appearances.map((appearance) => [appearance.key, appearance]));
  const carriedFrom = new Set(appearances.map((appearance) => appearance.viaKey));
  return appearances
    .filter((appearance) => !carriedFrom.has(appearance.key))
    .map((last) => {
      const names: string[] = [];
      // Bounded by the row count: an unsaved loop must not hang the form.
      for (let hop: AppearanceDraft | undefined = last; hop && names.length < appearances.length; hop = byKey.get(hop.viaKey)) {
        names.push(hop.source?.name ?? "…");
      }
      return names.join(" ← ");
    })
    .join(" | ");
}

/** The fields a conflict merge chooses between, in the form's order; the date takes its precision along. */
const MERGE_FIELDS = ["claimant", "saidAt", "text", "summary", "language", "tags", "stories", "status", "assigneeId", "appearances"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = "mine" | "theirs";

/**
 * A field as the server would store it, as JSON: two drafts differ on a field
 * exactly when these differ. Sources count by id, tags and stories as sets,
 * and appearances by content, since every save gives them new ids (keys).
 */
function comparable(draft: ClaimDraft, field: MergeField): string {
  switch (field) {
    case "claimant":
      return JSON.stringify(draft.claimant?.id ?? "");
    case "saidAt":
      return JSON.stringify([draft.saidAt, draft.saidAtPrecision]);
    case "tags":
      return JSON.stringify(typedTags(draft.tags).sort());
    case "stories":
      return JSON.stringify(draft.stories.map((story) => story.id).sort());
    case "appearances":
      return JSON.stringify(appearanceChains(draft.appearances));
    default:
      return JSON.stringify(draft[field]);
  }
}

/** Each row with the rows it was carried from, by content, sorted: neither keys nor row order count. */
function appearanceChains(appearances: AppearanceDraft[]): string[] {
  const byKey = new Map(appearances.map((appearance) => [appearance.key, appearance]));
  const content = (a: AppearanceDraft) => [a.source?.id ?? "", a.url, a.title, a.quote, a.publishedAt];
  return appearances
    .map((row) => {
      const hops: string[][] = [];
      // Bounded by the row count, as in chainText: an unsaved loop must not hang the form.
      for (let hop: AppearanceDraft | undefined = row; hop && hops.length < appearances.length; hop = byKey.get(hop.viaKey)) {
        hops.push(content(hop));
      }
      return JSON.stringify(hops);
    })
    .sort();
}

/**
 * A three-way merge's starting point after a conflict: every field where my
 * draft and their newer save differ, each proposing theirs unless I changed it
 * from the copy I started from (`base`). So what only they changed is kept
 * unless I choose otherwise, and so is what only I changed.
 */
export function mergeProposal(base: ClaimDraft, mine: ClaimDraft, theirs: ClaimDraft): { field: MergeField; proposed: MergeSide }[] {
  return MERGE_FIELDS.filter((field) => comparable(mine, field) !== comparable(theirs, field)).map((field) => ({
    field,
    proposed: comparable(mine, field) === comparable(base, field) ? "theirs" : "mine",
  }));
}

/** My draft with the given fields taken from theirs. */
export function applyMerge(mine: ClaimDraft, theirs: ClaimDraft, takeTheirs: MergeField[]): ClaimDraft {
  const merged = { ...mine };
  for (const field of takeTheirs) {
    Object.assign(merged, { [field]: theirs[field] }, field === "saidAt" ? { saidAtPrecision: theirs.saidAtPrecision } : {});
  }
  return merged;
}

/** What the verdict form edits. */
export type VerdictDraft = {
  verdictId: string;
  verdictReasoning: string;
  evidence: { url: string; archivedUrl: string; title: string; note: string }[];
};

/** A stored claim's verdict (a conflict's current copy) as the verdict form edits it. */
export function snapshotToVerdictDraft(snapshot: Pick<ClaimSnapshot, "verdictId" | "verdictReasoning" | "evidence">): VerdictDraft {
  return {
    verdictId: snapshot.verdictId ?? "",
    verdictReasoning: snapshot.verdictReasoning ?? "",
    evidence: snapshot.evidence.map((item) => ({ url: item.url, archivedUrl: item.archivedUrl ?? "", title: item.title, note: item.note ?? "" })),
  };
}
