import type { Role } from "@/lib/vocabulary";

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
  "user.manage": ["admin"],
  "token.manage": ["admin"],
  "audit.read": ["admin"],
  // The whole newsroom in one file, accounts included (without secrets).
  "archive.export": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function roleMay(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
