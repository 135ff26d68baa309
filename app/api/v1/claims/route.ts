import { createClaim } from "@/lib/claims/create-claim";
import { apiMutation } from "@/lib/http/api-route";

/** POST: a new claim with its attribution chain, tags and stories (201). */
export const POST = apiMutation(createClaim, { status: 201 });
