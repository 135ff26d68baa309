import { createClaim } from "@/lib/claims/create-claim";
import { apiList, apiMutation } from "@/lib/http/api-route";
import { claimListQuery } from "@/lib/reader/list-queries";
import { listPublicClaims } from "@/lib/reader/list-public-claims";

/** GET: published claims in sync order, a page at a time (updated_since, story, source, verdict, tag, q, cursor, limit). */
export const GET = apiList(claimListQuery, listPublicClaims);

/** POST: a new claim with its attribution chain, tags and stories (201). */
export const POST = apiMutation(createClaim, { status: 201 });
