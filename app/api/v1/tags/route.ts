import { apiList } from "@/lib/http/api-route";
import { tagListQuery } from "@/lib/reader/list-queries";
import { listPublicTags } from "@/lib/reader/list-public-tags";

/** GET: tags on something published, by slug, a page at a time. */
export const GET = apiList(tagListQuery, listPublicTags);
