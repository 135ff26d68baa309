import { storyEmbed } from "@/components/embeds/embed-document";
import { embedLocale, embedResponse, notEmbeddable } from "@/components/embeds/embed-response";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { decodeSegment } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** A published story's timeline for other sites' frames (no JavaScript; ?lang=ar|en). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = embedLocale(request);
  const slug = decodeSegment((await params).slug);
  const timeline = slug === null ? null : await getStoryTimeline(slug);
  if (!timeline) return notEmbeddable(locale);
  return embedResponse(storyEmbed(timeline.story, timeline.events, locale));
}
