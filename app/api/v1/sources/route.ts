import { apiList, apiMutation } from "@/lib/http/api-route";
import { sourceListQuery } from "@/lib/reader/list-queries";
import { listPublicSources } from "@/lib/reader/list-public-sources";
import { createSource } from "@/lib/sources/create-source";

/** GET: the sources readers may see, in sync order, a page at a time. */
export const GET = apiList(sourceListQuery, listPublicSources);

/** POST: a new source (201); from an editor's token or session it is proposed, pending an admin's review. */
export const POST = apiMutation(createSource, { status: 201 });
