import { apiMutation } from "@/lib/http/api-route";
import { MAX_ARTICLE_BYTES } from "@/lib/import/import-draft.types";
import { parseImport } from "@/lib/import/parse-import";

/** POST {"text": "…"}: the article read into a draft for review (writes nothing). A body over the article limit is refused with 413. */
export const POST = apiMutation(parseImport, { limitBytes: MAX_ARTICLE_BYTES });
