import { embedLocale } from "@/components/embeds/embed-response";
import { pngResponse, shareCardPng } from "@/components/share-cards/card-cache";
import { storyCardContent } from "@/components/share-cards/card-content";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { decodeSegment } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** A published story's share card (1200×630 PNG; ?lang=en for English). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSegment((await params).slug);
  const timeline = slug === null ? null : await getStoryTimeline(slug);
  if (!timeline) return new Response("Not found", { status: 404 });
  return pngResponse(shareCardPng(storyCardContent(timeline, embedLocale(request))));
}
