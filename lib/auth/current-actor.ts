import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import type { Actor } from "./actor";
import { authOptions } from "./auth-options";
import { actorForBearerToken } from "./api-token-actor";
import { actorForSessionUser } from "./session-actor";

/**
 * Who is making this request. A bearer token wins (integrations); otherwise
 * the session cookie, whose user is re-read from the database every time so
 * that a role change or a disabled account counts from the next request.
 */
export const getActor = cache(async (): Promise<Actor> => {
  // The scheme's name is case-insensitive (RFC 9110), so "bearer" counts too.
  const bearer = /^bearer\s+(.*)$/i.exec((await headers()).get("authorization") ?? "");
  if (bearer) return actorForBearerToken(bearer[1]!.trim());

  const session = await getServerSession(authOptions);
  const { userId, generation } = (session ?? {}) as { userId?: string; generation?: number };
  return actorForSessionUser(userId, generation);
});
