import type { Tx } from "@/lib/db/client";

declare module "next-auth" {
  interface User {
    sessionGeneration: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session generation when this session signed in (session-actor.ts checks it). */
    generation?: number;
  }
}

/**
 * Ends every session of a user: sessions are signed cookies the server
 * cannot take back, so each carries the generation it signed in at, and the
 * per-request user read (session-actor.ts) refuses an older one. Called on
 * sign-out, password change, role change and disable.
 */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } } });
}
