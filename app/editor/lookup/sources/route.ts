import { authorize } from "@/lib/auth/actor";
import { apiRoute } from "@/lib/http/api-route";
import { suggestSources } from "@/lib/sources/suggest-sources";

export const dynamic = "force-dynamic";

/** The claimant and carrier pickers' suggestions (lib/sources/suggest-sources.ts). */
export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim.readDraft");
  return { sources: await suggestSources(request.nextUrl.searchParams.get("q") ?? "") };
});
