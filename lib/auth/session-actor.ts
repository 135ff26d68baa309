import { z } from "zod";
import { db } from "@/lib/db/client";
import { anonymous, type Actor } from "./actor";

const userIdFormat = z.uuid();

/**
 * The actor behind a session's user id, read from the database on every
 * request: a role change counts from the user's next request, and a disabled
 * (or deleted) account is nobody, whatever its cookie still says.
 */
export async function actorForSessionUser(userId: string | undefined): Promise<Actor> {
  if (!userIdFormat.safeParse(userId).success) return anonymous;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) return anonymous;
  return { kind: "user", id: user.id, role: user.role, email: user.email, name: user.name };
}
