import { authorize } from "@/lib/auth/actor";
import { apiRoute } from "@/lib/http/api-route";
import { searchSources } from "@/lib/sources/search-sources";

export const dynamic = "force-dynamic";

const SUGGESTIONS = 8;

/** The claimant and carrier pickers' suggestions, proposed sources included, with their other names (the picker offers no new source under one). */
export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim.readDraft");
  const query = request.nextUrl.searchParams.get("q") ?? "";
  if (!query.trim()) return { sources: [] };
  const { sources } = await searchSources({ query });
  return {
    sources: sources.slice(0, SUGGESTIONS).map(({ id, slug, name, nameEn, aliases, kind, status }) => ({ id, slug, name, nameEn, aliases, kind, status })),
  };
});

export type SourceSuggestion = { id: string; slug: string; name: string; nameEn: string | null; aliases: string[]; kind: string; status: string };
