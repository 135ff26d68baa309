import { apiRoute } from "@/lib/http/api-route";
import { listVerdictScale } from "@/lib/reader/list-verdict-scale";

/** GET: the newsroom's verdict scale, in its order. */
export const GET = apiRoute(() => listVerdictScale());
