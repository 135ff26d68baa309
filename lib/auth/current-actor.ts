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
  const authorization = (await headers()).get("authorization");
  if (authorization?.startsWith("Bearer ")) return actorForBearerToken(authorization.slice("Bearer ".length).trim());

  const session = await getServerSession(authOptions);
  return actorForSessionUser((session as { userId?: string } | null)?.userId);
});
