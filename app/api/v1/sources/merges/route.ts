import { apiMutation } from "@/lib/http/api-route";
import { mergeSources } from "@/lib/sources/merge-sources";
import { undoMerge } from "@/lib/sources/undo-merge";

/** POST: merges a duplicate source into the one kept (body: `{ "keptSourceId", "duplicateSourceId" }`); an admin's. */
export const POST = apiMutation(mergeSources, { status: 201 });

/** DELETE: takes a merge back (body: `{ "duplicateSourceId" }`). */
export const DELETE = apiMutation(undoMerge);
