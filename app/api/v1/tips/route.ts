import { authorize } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { apiRoute, isRecord, readJsonBody } from "@/lib/http/api-route";
import { absoluteUrl, tipStatusPath } from "@/lib/reader/paths";
import { getTipStatus } from "@/lib/tips/get-tip-status";
import { submitTip } from "@/lib/tips/submit-tip";

/** A tip is a few lines and a link: anything larger is not one. */
const TIP_BODY_LIMIT = 64 * 1024;

/**
 * POST: a claim sent in to be checked, by anyone (a WhatsApp or Telegram
 * bot passing on what its users send). 201 with the address the tipster
 * follows it at and the published fact-checks it already matches.
 */
export const POST = apiRoute(
  async ({ request, actor }) => {
    // Anyone may; said here so the route goes through the table like every write (and before the body is read).
    authorize(actor, "tip.submit");
    const body = await readJsonBody(request, TIP_BODY_LIMIT);
    const receipt = await submitTip.fromUntrusted(actor, { ...(isRecord(body) ? body : {}), channel: "api", address: clientAddress(request.headers) });
    return { statusUrl: absoluteUrl(tipStatusPath(receipt.trackingToken)), ...(await getTipStatus(receipt.trackingToken)) };
  },
  { status: 201 },
);
