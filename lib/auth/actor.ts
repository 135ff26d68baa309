import type { Role, TokenScope } from "@/lib/vocabulary";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";
import { isPublicAction, roleMay, scopeMay, type Action } from "@/lib/permissions";

/** Whoever makes a request: nobody, a signed-in user, an API token, or the system itself (CLI, demo data). */
export type Actor =
  // rejectedToken: a bearer token was sent but stands for nobody (unknown, expired, revoked, its account disabled).
  | { kind: "anonymous"; rejectedToken?: true }
  | { kind: "user"; id: string; role: Role; email: string; name: string }
  // role: its maker's, as it is now; scopes: the areas the token was given (lib/permissions.ts).
  | { kind: "token"; id: string; role: Role; scopes: TokenScope[]; createdById: string }
  | { kind: "system"; reason: string };

export const anonymous: Actor = { kind: "anonymous" };
export const rejectedTokenActor: Actor = { kind: "anonymous", rejectedToken: true };
export const systemActor = (reason: string): Actor => ({ kind: "system", reason });

/** The role whose permissions an actor has; a token has its maker's, narrowed by its scopes in `may`. */
export function actorRole(actor: Actor): Role | null {
  switch (actor.kind) {
    case "anonymous":
      return null;
    case "user":
      return actor.role;
    case "token":
      return actor.role;
    case "system":
      return "admin";
  }
}

export function may(actor: Actor, action: Action): boolean {
  if (isPublicAction(action)) return true;
  const role = actorRole(actor);
  return role !== null && roleMay(role, action) && (actor.kind !== "token" || scopeMay(actor.scopes, action));
}

/** Throws 401 for nobody (saying so when it is a token that stands for nobody), 403 for somebody without the role. */
export function authorize(actor: Actor, action: Action): void {
  if (isPublicAction(action)) return;
  if (actor.kind === "anonymous") throw actor.rejectedToken ? new AppError(401, "error.tokenRejected") : unauthenticated();
  if (!may(actor, action)) throw forbidden();
}

/** The user id a revision is attributed to (a token's revisions name the token too). */
export function actorUserId(actor: Actor): string | null {
  if (actor.kind === "user") return actor.id;
  if (actor.kind === "token") return actor.createdById;
  return null;
}
