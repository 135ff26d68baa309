import { decodeSegment } from "@/lib/validation/path-segments";
import { timelineViewSchema } from "@/lib/reader/timeline";
import { notFound } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";

/** GET: a published story's timeline; ?order=newest, ?tag= and ?source= as on its page. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params }) => {
  const view = timelineViewSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const slug = decodeSegment(params.slug);
  const timeline = slug === null ? null : await getStoryTimeline(slug, view);
  if (!timeline) throw notFound("story");
  return timeline;
});
