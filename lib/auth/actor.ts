import type { Role, TokenScope } from "@/lib/vocabulary";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";
import { roleMay, type Action } from "@/lib/permissions";

/** Whoever makes a request: nobody, a signed-in user, an API token, or the system itself (CLI, demo data). */
export type Actor =
  // rejectedToken: a bearer token was sent but stands for nobody (unknown, expired, revoked, its account disabled).
  | { kind: "anonymous"; rejectedToken?: true }
  | { kind: "user"; id: string; role: Role; email: string; name: string }
  | { kind: "token"; id: string; scope: TokenScope; createdById: string }
  | { kind: "system"; reason: string };

export const anonymous: Actor = { kind: "anonymous" };
export const rejectedTokenActor: Actor = { kind: "anonymous", rejectedToken: true };
export const systemActor = (reason: string): Actor => ({ kind: "system", reason });

/** The role whose permissions an actor has. A write token acts as an editor, a read token as a reader. */
export function actorRole(actor: Actor): Role | null {
  switch (actor.kind) {
    case "anonymous":
      return null;
    case "user":
      return actor.role;
    case "token":
      return actor.scope === "write" ? "editor" : "reader";
    case "system":
      return "admin";
  }
}

export function may(actor: Actor, action: Action): boolean {
  const role = actorRole(actor);
  return role !== null && roleMay(role, action);
}

/** Throws 401 for nobody (saying so when it is a token that stands for nobody), 403 for somebody without the role. */
export function authorize(actor: Actor, action: Action): void {
  if (actor.kind === "anonymous") throw actor.rejectedToken ? new AppError(401, "error.tokenRejected") : unauthenticated();
  if (!may(actor, action)) throw forbidden();
}

/** The user id a revision is attributed to (a token's revisions name the token too). */
export function actorUserId(actor: Actor): string | null {
  if (actor.kind === "user") return actor.id;
  if (actor.kind === "token") return actor.createdById;
  return null;
}
