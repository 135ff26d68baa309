import { embedLocale } from "@/components/embeds/embed-response";
import { pngResponse, shareCardPng } from "@/components/share-cards/card-cache";
import { claimCardContent } from "@/components/share-cards/card-content";
import { getPublicClaim } from "@/lib/reader/get-public-claim";

export const dynamic = "force-dynamic";

/** A published claim's share card (1200×630 PNG; ?lang=en for English). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const claim = await getPublicClaim((await params).id);
  if (!claim) return new Response("Not found", { status: 404 });
  return pngResponse(shareCardPng(claimCardContent(claim, embedLocale(request))));
}
