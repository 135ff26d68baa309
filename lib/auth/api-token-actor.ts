import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { anonymous, rejectedTokenActor, type Actor } from "./actor";

export const hashTokenSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

// "Last used" is for an admin deciding whether a token is still needed, so a
// minute's precision is plenty, and a busy integration does not write a row
// on every request.
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The actor an API token stands for; revoked, expired or unknown tokens are
 * nobody, and so are the tokens of an account that was disabled. A token can
 * never do more than the account that made it may now do (a token of someone
 * since made a reader only reads), and only in the areas of its scopes.
 */
export async function actorForBearerToken(secret: string): Promise<Actor> {
  if (!secret) return anonymous;
  const token = await db().apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    include: { createdBy: { select: { role: true, disabledAt: true } } },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.createdBy.disabledAt) return rejectedTokenActor;
  await db().apiToken.updateMany({
    where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] },
    data: { lastUsedAt: now },
  });
  return { kind: "token", id: token.id, role: token.createdBy.role, scopes: token.scopes, createdById: token.createdById };
}
