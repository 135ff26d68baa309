/**
 * Which tables readers see, for the public page cache's invalidation: a
 * statement that writes one of PUBLIC_TABLES notifies every instance
 * (migration public_change_notify), which empties its cached pages. Every
 * other table is in NOT_SHOWN_TO_READERS with the reason;
 * tests/integration/public-changes.test.ts fails when a migration adds a
 * table that is on neither list, or a public one without the trigger.
 */
export const PUBLIC_TABLES = [
  "Source",
  "VerdictLevel",
  "Claim",
  "Appearance",
  "ClaimLink",
  "Story",
  "StoryClaim",
  "Tag",
  "ClaimTag",
  "StoryTag",
  "Evidence",
  "Correction",
  "SitePage",
] as const;

export const NOT_SHOWN_TO_READERS: Record<string, string> = {
  _prisma_migrations: "the schema's history",
  User: "desk accounts: a public page names the newsroom, never a user",
  ApiToken: "partners' credentials",
  SignInThrottle: "sign-in throttling state",
  SearchTerm: "word counts derived from Claim by its own trigger (a Claim write already notifies)",
  Revision: "the desk's history; what readers see of a change is its Correction",
  Webhook: "partners' endpoints",
  WebhookDelivery: "the webhook delivery log",
  WebhookAttempt: "the webhook delivery log",
  DeskSettings: "the desk's own settings",
  ReviewRequest: "the desk's review before publishing; an approval publishes through Claim",
  ClaimNote: "the desk's internal notes",
  NoteMention: "who an internal note mentions",
  SavedImport: "the import desk's record of what an import created (the claims it created are rows of Claim)",
  SavedImportClaim: "the import desk's record of what an import created",
  SavedImportSource: "the import desk's record of what an import created",
  Tip: "readers' tips: the desk's queue and each tipster's private page, which is never cached",
  RateLimit: "request counts per address (tips)",
};
