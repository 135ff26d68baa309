import { apiRoute } from "@/lib/http/api-route";
import { SEARCH_PAGE_SIZE, searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchSources } from "@/lib/search/search-sources";

/** GET: the reader's search as JSON: ?q, tag, source, verdict, from, to, page; published claims only. */
export const GET = apiRoute(async ({ request }) => {
  const query = parseSearchQuery(Object.fromEntries(request.nextUrl.searchParams));
  const [claims, sources] = await Promise.all([searchClaims(query), searchSources(query.q)]);
  return { query, page: query.page, pageSize: SEARCH_PAGE_SIZE, total: claims.total, totalCapped: claims.totalCapped, claims: claims.claims, sources };
});
