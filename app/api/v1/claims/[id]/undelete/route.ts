import { undeleteClaim } from "@/lib/claims/undelete-claim";
import { apiMutation } from "@/lib/http/api-route";

/** POST: brings a deleted claim back as it was (body: `{ "version": n }`); an admin's. */
export const POST = apiMutation(undeleteClaim, {
  fromParams: ({ id }: { id: string }) => ({ id }),
});
