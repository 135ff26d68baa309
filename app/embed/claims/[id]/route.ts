import { claimEmbed } from "@/components/embeds/embed-document";
import { embedLocale, embedResponse, notEmbeddable } from "@/components/embeds/embed-response";
import { getPublicClaim } from "@/lib/reader/get-public-claim";

export const dynamic = "force-dynamic";

/** A published claim's card, with its chain, verdict and answers, for other sites' frames (no JavaScript; ?lang=ar|en). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = embedLocale(request);
  const claim = await getPublicClaim((await params).id);
  if (!claim) return notEmbeddable(locale);
  return embedResponse(claimEmbed(claim, locale));
}
