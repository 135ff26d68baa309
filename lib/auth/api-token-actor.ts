import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { anonymous, type Actor } from "./actor";

export const hashTokenSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** The actor an API token stands for; revoked, expired or unknown tokens are nobody. */
export async function actorForBearerToken(secret: string): Promise<Actor> {
  if (!secret) return anonymous;
  const token = await db().apiToken.findUnique({ where: { secretHash: hashTokenSecret(secret) } });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return anonymous;
  await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  return { kind: "token", id: token.id, scope: token.scope, createdById: token.createdById };
}
