import { apiMutation } from "@/lib/http/api-route";
import { saveImport } from "@/lib/import/save-import";

/** POST: save a reviewed import draft — sources, story, claims (as drafts), chains, links and tags in one transaction (201 with the ids). */
export const POST = apiMutation(saveImport, { status: 201 });
