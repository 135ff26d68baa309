import { db } from "@/lib/db/client";
import { publicTokenSelect } from "./token-fields";

/** Every token for the admin's list, newest first; revoked ones stay listed for the record. */
export function listApiTokens() {
  return db().apiToken.findMany({ select: publicTokenSelect, orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }] });
}

export type ApiTokenListEntry = Awaited<ReturnType<typeof listApiTokens>>[number];
