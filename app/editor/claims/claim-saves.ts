import type { MessageKey } from "@/lib/i18n/messages";

/**
 * Where on a claim's editor page a save is reported: the top, or a section
 * (the id of its heading, which the redirect's #fragment lands on).
 */
export type ClaimPageSection = "top" | "workflow" | "claim-form" | "links" | "verdict";

type ClaimSave = {
  notice: MessageKey;
  /** Next to the control that made the save: on a phone the top can be a long way up. */
  section: ClaimPageSection;
  /** The save replaced what the claim form holds, so the form's browser draft of it is forgotten. */
  replacesClaimForm: boolean;
};

/**
 * Every save the claim's page is told about (?saved=). After a verdict, a
 * status or a link, an edit still being typed in the claim form is kept.
 * A delete or an undelete changes the whole page, so it is told at the top.
 */
export const CLAIM_SAVES = {
  created: { notice: "editor.claimSaved.created", section: "top", replacesClaimForm: false },
  updated: { notice: "editor.claimSaved.updated", section: "claim-form", replacesClaimForm: true },
  restored: { notice: "editor.claimSaved.restored", section: "claim-form", replacesClaimForm: true },
  status: { notice: "editor.claimSaved.status", section: "workflow", replacesClaimForm: false },
  deleted: { notice: "editor.claimSaved.deleted", section: "top", replacesClaimForm: false },
  undeleted: { notice: "editor.claimSaved.undeleted", section: "top", replacesClaimForm: false },
  linked: { notice: "editor.claimSaved.linked", section: "links", replacesClaimForm: false },
  unlinked: { notice: "editor.claimSaved.unlinked", section: "links", replacesClaimForm: false },
  verdict: { notice: "editor.claimSaved.verdict", section: "verdict", replacesClaimForm: false },
} as const satisfies Record<string, ClaimSave>;

export type ClaimSaveKind = keyof typeof CLAIM_SAVES;

/** The save a page's ?saved= names; none for a value no save sends (an edited address). */
export function claimSave(saved: string | undefined): ClaimSave | null {
  return saved && Object.hasOwn(CLAIM_SAVES, saved) ? CLAIM_SAVES[saved as ClaimSaveKind] : null;
}
