import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Webhook as Signer } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { excerpt } from "@/lib/text/excerpt";
import { isAllowedAddress, webhookUrlProblem } from "./webhook-address";
import { isUsableSecret } from "./webhook-fields";

/** How long a receiver has to answer one try before it counts as failed. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;
// What the log keeps of a response: enough to read an error message.
const RESPONSE_EXCERPT = 500;
const RESPONSE_READ_LIMIT = 64 * 1024;

/** A try that did not get a 2xx: pg-boss retries the job when the handler throws this. */
export class DeliveryFailed extends Error {
  override name = "DeliveryFailed";
}

type Outcome = { status: number; body: string } | { error: string };

/**
 * Resolves the receiver's name and refuses it when any address it has is not
 * public: checked on the connection itself, so a name that points somewhere
 * else by the time of sending (DNS rebinding) is refused too.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((entry) => !isAllowedAddress(entry.address));
    if (refused || addresses.length === 0) {
      return callback(Object.assign(new Error(`${hostname} resolves to a non-public address (${refused?.address ?? "none"})`), { code: "EREFUSED" }), "", 0);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

function readExcerpt(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      if (body.length < RESPONSE_READ_LIMIT) body += chunk;
    });
    // Whichever comes first: the end, or the deadline cutting a body that never ends.
    for (const event of ["end", "error", "close"]) response.on(event, () => resolve(excerpt(body, RESPONSE_EXCERPT)));
  });
}

/** One POST, with a deadline for the whole exchange; redirects are not followed (they count as failures). */
function post(url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const hostname = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(hostname) !== 0 && !isAllowedAddress(hostname)) return resolve({ error: `${hostname} is not a public address` });
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: publicOnlyLookup,
      // A fresh connection per try: nothing pooled survives a receiver's restart half-open.
      agent: false,
      signal: AbortSignal.timeout(timeoutMs),
    });
    request.on("response", (response) => void readExcerpt(response).then((text) => resolve({ status: response.statusCode ?? 0, body: text })));
    request.on("error", (error) => resolve({ error: error.name === "AbortError" || error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error.message }));
    request.end(body);
  });
}

/**
 * One try of one delivery: signs its payload (Standard Webhooks: the
 * delivery's id as `webhook-id`, the same on every try, this try's
 * timestamp), POSTs it and logs the answer. Throws DeliveryFailed when it
 * should be tried again; `final` marks the last try, after which the delivery
 * is failed until an admin sends it again. A delivery whose webhook was
 * deleted ends quietly; one whose webhook is disabled, or cannot sign, fails
 * without retries.
 */
export async function attemptDelivery(deliveryId: string, options: { final: boolean; timeoutMs?: number }): Promise<void> {
  const delivery = await db().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, payload: true, webhook: { select: { url: true, secret: true, disabledAt: true } } },
  });
  if (!delivery || delivery.status === "delivered") return;
  const { webhook } = delivery;
  const refusal = webhook.disabledAt
    ? "the webhook is disabled"
    : !isUsableSecret(webhook.secret)
      ? "the webhook has no usable secret: give it a new one"
      : webhookUrlProblem(webhook.url)
        ? `the address is refused (${webhookUrlProblem(webhook.url)})`
        : null;
  if (refusal) {
    await recordAttempt(deliveryId, { error: refusal }, 0, true);
    return;
  }
  const body = JSON.stringify(delivery.payload);
  const timestamp = new Date();
  const headers = {
    "content-type": "application/json",
    "user-agent": "Isnad-Webhooks/1",
    "webhook-id": delivery.id,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": new Signer(webhook.secret).sign(delivery.id, timestamp, body),
  };
  const started = performance.now();
  const outcome = await post(new URL(webhook.url), body, headers, options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS);
  const delivered = "status" in outcome && outcome.status >= 200 && outcome.status < 300;
  await recordAttempt(deliveryId, outcome, Math.round(performance.now() - started), options.final, delivered);
  if (!delivered) throw new DeliveryFailed("error" in outcome ? outcome.error : `answered ${outcome.status}`);
}

async function recordAttempt(deliveryId: string, outcome: Outcome, durationMs: number, final: boolean, delivered = false): Promise<void> {
  const response = "status" in outcome ? { responseStatus: outcome.status, responseBody: outcome.body, error: null } : { responseStatus: null, responseBody: null, error: outcome.error };
  const now = new Date();
  await db().$transaction([
    db().webhookAttempt.create({ data: { deliveryId, durationMs, ...response } }),
    db().webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: { increment: 1 },
        lastAttemptAt: now,
        lastResponseStatus: response.responseStatus,
        lastResponseBody: response.responseBody,
        lastError: response.error,
        status: delivered ? "delivered" : final ? "failed" : "pending",
        deliveredAt: delivered ? now : null,
      },
    }),
  ]);
}
