import { db } from "@/lib/db/client";

/** A claim's internal thread, oldest first, with who wrote each note and whom it mentions: the desk's only. */
export function listClaimNotes(claimId: string) {
  return db().claimNote.findMany({
    where: { claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      createdAt: true,
      reviewStep: true,
      author: { select: { name: true } },
      mentions: { select: { user: { select: { name: true } } } },
    },
  });
}

export type ClaimNoteEntry = Awaited<ReturnType<typeof listClaimNotes>>[number];
