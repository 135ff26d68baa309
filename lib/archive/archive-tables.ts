/**
 * What a newsroom archive holds, table by table. Every table of the schema is
 * either archived or left out with a reason; tests/integration/archive.test.ts
 * fails when a migration adds a table that is in neither list, so a new kind
 * of record cannot silently miss the export.
 */

/**
 * Columns whose value is a secret: exported as an SQL expression over the row
 * instead (`t` is the row). The result can never be a valid secret, so an
 * imported account signs in only after an admin sets its password, and an
 * imported token never authenticates.
 */
export const SECRET_COLUMNS: Record<string, Record<string, string>> = {
  // Not an argon2 hash: verifyPassword answers false for it.
  User: { passwordHash: `'!exported'` },
  // Not a sha256 hex digest (that is what a presented token is compared with); unique per token.
  ApiToken: { secretHash: `'exported:' || t."id"` },
  // Not a `whsec_` key: the worker refuses to sign with it, so an imported webhook sends nothing until an admin rotates its secret.
  Webhook: { secret: `'!exported'` },
  // The tipster's only key to their tip's page: an imported archive must not open it to whoever holds the export.
  Tip: { trackingToken: `'exported:' || t."id"` },
};

export const ARCHIVED_TABLES = [
  "User",
  "ApiToken",
  "Webhook",
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
  "Revision",
  "Correction",
  "SitePage",
  "DeskSettings",
  "ReviewRequest",
  "ClaimNote",
  "NoteMention",
  "SavedImport",
  "SavedImportClaim",
  "SavedImportSource",
  "Tip",
] as const;

export const UNARCHIVED_TABLES: Record<string, string> = {
  _prisma_migrations: "the schema's history: the target database has its own, from the same migrations",
  SignInThrottle: "sign-in throttling state: short-lived, and about this server's visitors",
  SearchTerm: "derived from the claims' search vectors: the Claim trigger counts it again as the claims are imported",
  WebhookDelivery: "the delivery log of this server's queue (pg-boss's jobs, in schema pgboss, are not exported either)",
  WebhookAttempt: "each try of a delivery: part of the same log",
  RateLimit: "request counts per address (tips): short-lived, and about this server's visitors",
};
