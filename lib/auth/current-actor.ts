import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { anonymous, type Actor } from "./actor";
import { authOptions } from "./auth-options";
import { actorForBearerToken } from "./api-token-actor";

/**
 * Who is making this request. A bearer token wins (integrations); otherwise
 * the session cookie, whose user is re-read from the database every time so
 * that a role change or a disabled account counts from the next request.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const authorization = (await headers()).get("authorization");
  if (authorization?.startsWith("Bearer ")) return actorForBearerToken(authorization.slice("Bearer ".length).trim());

  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return anonymous;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) return anonymous;
  return { kind: "user", id: user.id, role: user.role, email: user.email, name: user.name };
});
