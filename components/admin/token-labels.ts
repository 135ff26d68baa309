import type { Labels } from "@/components/admin/labels";

/** The strings the tokens page's client forms need (picked on the server). */
export const TOKEN_FORM_LABELS = [
  "admin.tokens.name",
  "admin.tokens.nameHint",
  "admin.tokens.scope",
  "admin.tokens.scopeHint",
  "admin.tokens.scope.claims_read",
  "admin.tokens.scope.claims_write",
  "admin.tokens.scope.sources_write",
  "admin.tokens.scope.imports_write",
  "admin.tokens.scope.webhooks_manage",
  "admin.tokens.expiresAt",
  "admin.tokens.expiresAtHint",
  "admin.tokens.create",
  "admin.tokens.creating",
  "admin.tokens.created",
  "admin.tokens.secretOnce",
  "admin.tokens.usage",
  "admin.tokens.revoke",
  "admin.tokens.revokeQuestion",
  "admin.tokens.revokeConfirm",
  "admin.tokens.revokeCancel",
  "admin.tokens.revoked",
] as const;

export type TokenLabels = Labels<(typeof TOKEN_FORM_LABELS)[number]>;
