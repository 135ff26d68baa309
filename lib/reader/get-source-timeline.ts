import { buildTimeline, findTimelineRows, type TimelineOrder } from "./timeline";

/** A source's page shows its latest claims; the search goes further back. */
const SOURCE_CLAIM_LIMIT = 200;

/** The published claims a source made or carried, as a timeline with their answers attached. */
export async function getSourceTimeline(sourceId: string, order: TimelineOrder = "oldest") {
  const { rows, truncated } = await findTimelineRows(
    { OR: [{ claimantId: sourceId }, { appearances: { some: { sourceId } } }] },
    SOURCE_CLAIM_LIMIT,
  );
  return { events: buildTimeline(rows, order), truncated };
}

export type SourceTimeline = Awaited<ReturnType<typeof getSourceTimeline>>;
