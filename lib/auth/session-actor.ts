import { z } from "zod";
import { db } from "@/lib/db/client";
import { anonymous, type Actor } from "./actor";

const userIdFormat = z.uuid();

/**
 * The actor behind a session's user id, read from the database on every
 * request: a disabled (or deleted) account, or a session its user's sessions
 * were ended after (sign-out, password or role change), is nobody, whatever
 * its cookie still says.
 */
export async function actorForSessionUser(userId: string | undefined, generation: number | undefined): Promise<Actor> {
  if (!userIdFormat.safeParse(userId).success) return anonymous;
  const user = await db().user.findUnique({ where: { id: userId } });
  // A session from before the user's sessions were ended (session-generation.ts) is nobody's.
  if (!user || user.disabledAt || user.sessionGeneration !== generation) return anonymous;
  return { kind: "user", id: user.id, role: user.role, email: user.email, name: user.name };
}
