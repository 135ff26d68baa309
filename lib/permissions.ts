import type { Role, TokenScope } from "@/lib/vocabulary";

/** Who may do what: the one table every server action and API route goes through. */
export const PERMISSIONS = {
  // Reading published material is public; drafts and history are the desk's.
  "claim.readDraft": ["editor", "admin"],
  "claim.create": ["editor", "admin"],
  "claim.update": ["editor", "admin"],
  // The workflow's steps onto and off the public site (lib/claims/claim-workflow.ts).
  "claim.publish": ["editor", "admin"],
  "claim.unpublish": ["editor", "admin"],
  "claim.delete": ["editor", "admin"],
  "claim.restore": ["admin"],
  "claim.link": ["editor", "admin"],
  "claim.setVerdict": ["editor", "admin"],
  // Review before publishing (lib/reviews/): the author asks, another editor approves or sends it back;
  // that the two are different people is the domain's rule (lib/reviews/decide-review.ts), not a role's.
  "review.request": ["editor", "admin"],
  "review.decide": ["editor", "admin"],
  // The desk's internal thread on a claim, and one's own mentions in it (lib/notes/).
  "note.write": ["editor", "admin"],
  "story.write": ["editor", "admin"],
  "tag.write": ["editor", "admin"],
  "import.parse": ["editor", "admin"],
  "import.save": ["editor", "admin"],
  "revision.read": ["editor", "admin"],
  "revision.restore": ["editor", "admin"],
  "source.propose": ["editor", "admin"],
  "source.write": ["admin"],
  "source.merge": ["admin"],
  "verdictScale.write": ["admin"],
  // The methodology and corrections-policy pages (lib/pages/site-pages.ts).
  "page.write": ["admin"],
  // How the desk works: whether publishing takes a review (lib/settings/desk-settings.ts).
  "settings.write": ["admin"],
  "user.manage": ["admin"],
  "token.manage": ["admin"],
  "audit.read": ["admin"],
  // The whole newsroom in one file, accounts included (without secrets).
  "archive.export": ["admin"],
  // Where events are sent: a webhook's address receives what the newsroom publishes as it happens.
  "webhook.manage": ["admin"],
  // Anyone, signed in or not, may send a claim to be checked (rate-limited per address: lib/tips/).
  "tip.submit": "anyone",
  "tip.review": ["editor", "admin"],
} as const satisfies Record<string, readonly Role[] | "anyone">;

export type Action = keyof typeof PERMISSIONS;

/** Whether an action is open to every caller, anonymous ones included. */
export function isPublicAction(action: Action): boolean {
  return PERMISSIONS[action] === "anyone";
}

export function roleMay(role: Role, action: Action): boolean {
  const roles: readonly Role[] | "anyone" = PERMISSIONS[action];
  return roles === "anyone" || roles.includes(role);
}

/**
 * The scope an API token needs, besides its maker's role, for each action; null: never through a token
 * (people, their accounts and the whole archive are managed by a signed-in admin only).
 */
export const TOKEN_SCOPE_FOR = {
  "claim.readDraft": "claims_read",
  "claim.create": "claims_write",
  "claim.update": "claims_write",
  "claim.publish": "claims_write",
  "claim.unpublish": "claims_write",
  "claim.delete": "claims_write",
  "claim.restore": "claims_write",
  "claim.link": "claims_write",
  "claim.setVerdict": "claims_write",
  "review.request": "claims_write",
  "review.decide": "claims_write",
  "note.write": "claims_write",
  "story.write": "claims_write",
  "tag.write": "claims_write",
  "import.parse": "imports_write",
  "import.save": "imports_write",
  "revision.read": "claims_read",
  "revision.restore": "claims_write",
  "source.propose": "sources_write",
  "source.write": "sources_write",
  "source.merge": "sources_write",
  "verdictScale.write": null,
  "page.write": null,
  "settings.write": null,
  "user.manage": null,
  "token.manage": null,
  "audit.read": null,
  "archive.export": null,
  "webhook.manage": "webhooks_manage",
  // A bot's token needs no scope to pass a tip on: anyone may.
  "tip.submit": null,
  "tip.review": "claims_read",
} as const satisfies Record<Action, TokenScope | null>;

export function scopeMay(scopes: readonly TokenScope[], action: Action): boolean {
  if (isPublicAction(action)) return true;
  const scope = TOKEN_SCOPE_FOR[action];
  return scope !== null && scopes.includes(scope);
}
