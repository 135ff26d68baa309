import type { Tx } from "@/lib/db/client";
import { roleMay } from "@/lib/permissions";
import { ROLES } from "@/lib/vocabulary";

// `@sara` names the desk user whose email begins `sara@`; `@sara@newsroom.example` names one by the whole address,
// for when two share the first part. Letters of any script, digits and . _ - + make a handle. An @ right after
// a Latin letter or digit is an address in the text (press@ministry.example), not a mention; after an Arabic
// letter it is one: "و@sara" is "and @sara".
const MENTION = /(?<![A-Za-z0-9._%+-])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?)/gu;

/** The handles a note's text names with @, lower-cased, each once (a trailing full stop is the sentence's). */
export function mentionHandles(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => (match[1] ?? "").replace(/\.+$/, "").toLowerCase()))];
}

/** The roles that read the desk's notes: a mention of anyone else would tell them nothing they may open. */
const DESK_ROLES = ROLES.filter((role) => roleMay(role, "claim.readDraft"));

/** The active desk users a note's @handles name (its author left out). */
export async function mentionedUserIds(tx: Tx, body: string, authorId: string | null): Promise<string[]> {
  const handles = mentionHandles(body);
  if (handles.length === 0) return [];
  const users = await tx.user.findMany({
    where: { disabledAt: null, role: { in: DESK_ROLES } },
    select: { id: true, email: true },
  });
  return users
    .filter((user) => {
      const email = user.email.toLowerCase();
      return user.id !== authorId && handles.some((handle) => handle === email || handle === email.slice(0, email.indexOf("@")));
    })
    .map((user) => user.id);
}
