import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/vocabulary";

/** A real user row (revisions point at it) and the actor that stands for it. */
export async function actorWithRole(role: Role): Promise<Extract<Actor, { kind: "user" }>> {
  const email = `${role}-${randomUUID()}@test.local`;
  const user = await db().user.create({ data: { email, name: `${role} (test)`, role, passwordHash: "not-a-hash" } });
  return { kind: "user", id: user.id, role, email, name: user.name };
}

export type UserActor = Awaited<ReturnType<typeof actorWithRole>>;
