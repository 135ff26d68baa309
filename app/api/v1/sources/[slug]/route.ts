import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema } from "@/lib/reader/timeline";
import { notFound } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getSourceTimeline } from "@/lib/reader/get-source-timeline";
import { getTrackRecord } from "@/lib/reader/track-record";

/** GET: a source's profile, track record and timeline; a merged source answers with where it went. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params }) => {
  const slug = decodeSegment(params.slug);
  const found = slug === null ? null : await getPublicSource(slug);
  if (!found) throw notFound("source");
  if (found.kind === "merged") return { mergedInto: found.into };
  const { order } = timelineViewSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const [trackRecord, timeline] = await Promise.all([getTrackRecord(found.source.id), getSourceTimeline(found.source.id, order)]);
  return { source: found.source, trackRecord, ...timeline };
});
