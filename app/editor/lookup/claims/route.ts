import { authorize } from "@/lib/auth/actor";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { apiRoute } from "@/lib/http/api-route";
import { isRecordId } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

/** Claims like the given text: duplicate warnings on a new claim, and the link picker. */
export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim.readDraft");
  const params = request.nextUrl.searchParams;
  const exclude = params.get("exclude") ?? "";
  return { claims: await findSimilarClaims(params.get("q") ?? "", { excludeId: isRecordId(exclude) ? exclude : undefined }) };
});
