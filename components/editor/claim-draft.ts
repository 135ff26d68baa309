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
  saidAtPrecision: "exact" | "day" | "month" | "year";
  text: string;
  summary: string;
  language: string;
  tags: string;
  storyIds: string[];
  status: "draft" | "in_review" | "published" | "archived";
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
  storyIds: [],
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
    storyIds: draft.storyIds,
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
export function snapshotToDraft(snapshot: {
  claimantId: string;
  claimant: { name: string };
  saidAt: string | Date;
  saidAtPrecision: ClaimDraft["saidAtPrecision"];
  text: string;
  summary: string | null;
  language: string;
  tags: string[];
  storyIds: string[];
  status: ClaimDraft["status"];
  assigneeId: string | null;
  appearances: {
    id: string;
    sourceId: string;
    source: { name: string };
    viaId: string | null;
    url: string | null;
    title: string | null;
    quote: string | null;
    publishedAt: string | Date | null;
  }[];
}): ClaimDraft {
  return {
    claimant: { id: snapshot.claimantId, name: snapshot.claimant.name },
    saidAt: isoToDateInput(snapshot.saidAt, snapshot.saidAtPrecision),
    saidAtPrecision: snapshot.saidAtPrecision,
    text: snapshot.text,
    summary: snapshot.summary ?? "",
    language: snapshot.language,
    tags: snapshot.tags.join("، "),
    storyIds: snapshot.storyIds,
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
