import { z } from "zod";
import { authorize } from "@/lib/auth/actor";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { apiRoute, readJsonBody } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation/parse-input";
import { isRecordId } from "@/lib/validation/path-segments";

export const dynamic = "force-dynamic";

// How much of a claim's text the likeness is computed on: a claim is
// recognised by its start, and a pasted article must not make the query
// grow with it.
const COMPARED_CHARACTERS = 2_000;

/** What the desk posts: the text typed so far (whole: a long claim does not fit in an address), and a claim to leave out. */
const similarClaimsQuery = z.object({
  text: z.string({ error: "validation.required" }),
  exclude: z.string().optional(),
});

/**
 * Claims like the given text: duplicate warnings on a new claim, and the
 * link picker. A POST because the text travels in the body: in a GET address
 * a long claim got 431 from the server and no warning at all.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim.readDraft");
  const { text, exclude } = parseInput(similarClaimsQuery, await readJsonBody(request));
  const excludeId = exclude && isRecordId(exclude) ? exclude : undefined;
  return { claims: await findSimilarClaims(text.slice(0, COMPARED_CHARACTERS), { excludeId }) };
});
