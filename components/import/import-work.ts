import { typedTags } from "@/components/editor/claim-draft";
import type { ImportDraft } from "@/lib/import/import-draft.types";
import type { SaveImportInput } from "@/lib/import/save-import";
import type { StoryStatus } from "@/lib/vocabulary";

/** Everything the import page holds, as the browser keeps it between reloads: the pasted text and the review. */
export type ImportWork = {
  text: string;
  draft: ImportDraft | null;
  /** The tags as typed: split into the draft's list only on save, so a trailing comma survives typing. */
  tagsText: string;
  /** A new story's title and status, or the existing story picked (with its title, for display). */
  story: { kind: "new" | "existing"; title: string; status: StoryStatus; id: string; pickedTitle?: string };
};

/** Where the browser keeps the work (see useAutosavedDraft); the saved import's page forgets it. */
export const IMPORT_DRAFT_KEY = "import";

export const EMPTY_IMPORT_WORK: ImportWork = {
  text: "",
  draft: null,
  tagsText: "",
  story: { kind: "new", title: "", status: "draft", id: "" },
};

/** A freshly parsed draft, ready for review. */
export function startReview(work: ImportWork, draft: ImportDraft): ImportWork {
  return { ...work, draft, tagsText: draft.tags.join("، ") };
}

/** What the save sends: the reviewed draft and where its claims go. */
export function saveInput(work: ImportWork & { draft: ImportDraft }): SaveImportInput {
  return {
    draft: { ...work.draft, tags: typedTags(work.tagsText) },
    story: work.story.kind === "existing" ? { kind: "existing", id: work.story.id } : { kind: "new", title: work.story.title, status: work.story.status },
  };
}
