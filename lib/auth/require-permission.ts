import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Action } from "@/lib/permissions";
import { may, type Actor } from "./actor";
import { signInPath } from "./auth-options";
import { getActor } from "./current-actor";

/**
 * Guards a desk page: nobody is sent to sign in (and back here afterwards),
 * somebody without the role gets the 403 page.
 */
export async function requirePermission(action: Action, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (actor.kind === "anonymous") redirect(signInPath(returnTo));
  if (!may(actor, action)) forbidden();
  return actor;
}
