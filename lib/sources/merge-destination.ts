import type { Tx } from "@/lib/db/client";

// Sources merged into one that was merged in turn: a chain, never a loop (a
// merge deletes the duplicate), but bounded all the same.
const MAX_MERGE_HOPS = 20;

/** The id of the source a merged one lives on in: the end of its chain of merges (the source itself when it was never merged). */
export async function mergeDestinationId(client: Tx, sourceId: string): Promise<string> {
  let id = sourceId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const next = await client.source.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!next?.mergedIntoId) break;
    id = next.mergedIntoId;
  }
  return id;
}
