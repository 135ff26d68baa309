import type { MessageKey } from "@/lib/i18n/messages";

/**
 * Where on a claim's editor page a save is reported: the top, or a section
 * (the id of its heading, which the redirect's #fragment lands on).
 */
export type ClaimPageSection = "top" | "workflow" | "review" | "claim-form" | "links" | "verdict" | "notes";

export type ClaimSave = {
  notice: MessageKey;
  /**
   * Next to the control that made the save: on a phone the top can be a long way up.
   * A save told at the claim form replaced what the form holds, so its browser draft is forgotten.
   */
  section: ClaimPageSection;
};

/**
 * Every save the claim's page is told about (?saved=). After a verdict, a
 * status or a link, an edit still being typed in the claim form is kept.
 * A delete or an undelete changes the whole page, so it is told at the top.
 */
export const CLAIM_SAVES = {
  created: { notice: "editor.claimSaved.created", section: "top" },
  updated: { notice: "editor.claimSaved.updated", section: "claim-form" },
  restored: { notice: "editor.claimSaved.restored", section: "claim-form" },
  status: { notice: "editor.claimSaved.status", section: "workflow" },
  deleted: { notice: "editor.claimSaved.deleted", section: "top" },
  undeleted: { notice: "editor.claimSaved.undeleted", section: "top" },
  linked: { notice: "editor.claimSaved.linked", section: "links" },
  unlinked: { notice: "editor.claimSaved.unlinked", section: "links" },
  verdict: { notice: "editor.claimSaved.verdict", section: "verdict" },
  reviewRequested: { notice: "review.requested", section: "review" },
  // Published: the review section is gone, and the workflow's is where the claim's status shows.
  reviewApproved: { notice: "review.approved", section: "workflow" },
  reviewReturned: { notice: "review.returned", section: "review" },
  noted: { notice: "notes.added", section: "notes" },
} as const satisfies Record<string, ClaimSave>;

export type ClaimSaveKind = keyof typeof CLAIM_SAVES;

/** The save a page's ?saved= names; none for a value no save sends (an edited address). */
export function claimSave(saved: string | undefined): ClaimSave | null {
  return saved && Object.hasOwn(CLAIM_SAVES, saved) ? CLAIM_SAVES[saved as ClaimSaveKind] : null;
}
