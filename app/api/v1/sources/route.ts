import { apiMutation } from "@/lib/http/api-route";
import { createSource } from "@/lib/sources/create-source";

/** POST: a new source (201); from an editor's token or session it is proposed, pending an admin's review. */
export const POST = apiMutation(createSource, { status: 201 });
