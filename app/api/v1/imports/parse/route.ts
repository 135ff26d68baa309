import { apiMutation } from "@/lib/http/api-route";
import { MAX_ARTICLE_BYTES } from "@/lib/import/import-draft.types";
import { parseImport } from "@/lib/import/parse-import";

// JSON may carry the text \u-escaped (Python's json.dumps does by default):
// six bytes for each two of Arabic. The body may be that much larger; the
// schema then holds the text itself to the article limit.
const ESCAPED_JSON_GROWTH = 3;

/** POST {"text": "…"}: the article read into a draft for review (writes nothing). Text over the article limit is refused with 422, a larger body with 413. */
export const POST = apiMutation(parseImport, { limitBytes: ESCAPED_JSON_GROWTH * MAX_ARTICLE_BYTES });
