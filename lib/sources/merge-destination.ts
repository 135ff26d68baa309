import type { Tx } from "@/lib/db/client";

// Sources merged into one that was merged in turn: a chain, never a loop (a
// merge deletes the duplicate), but bounded all the same.
const MAX_MERGE_HOPS = 20;

/**
 * For each source id, the id of the source it lives on in: the end of its
 * chain of merges (the source itself when nothing merged it). All the
 * chains move one hop per query, so many sources cost no more than one.
 */
export async function mergeDestinationIds(client: Tx, sourceIds: string[]): Promise<Map<string, string>> {
  const destination = new Map(sourceIds.map((id) => [id, id]));
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const merged = await client.source.findMany({
      where: { id: { in: [...new Set(destination.values())] }, mergedIntoId: { not: null } },
      select: { id: true, mergedIntoId: true },
    });
    if (merged.length === 0) break;
    const next = new Map(merged.map((source) => [source.id, source.mergedIntoId!]));
    for (const [start, end] of destination) destination.set(start, next.get(end) ?? end);
  }
  return destination;
}

/** The id of the source a merged one lives on in (mergeDestinationIds for one source). */
export async function mergeDestinationId(client: Tx, sourceId: string): Promise<string> {
  return (await mergeDestinationIds(client, [sourceId])).get(sourceId)!;
}
