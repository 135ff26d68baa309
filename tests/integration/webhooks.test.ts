/**
 * Webhooks end to end on a real Postgres and pg-boss: events from real
 * use-cases reach a local receiver signed (verified with standardwebhooks),
 * a receiver killed and restarted mid-way still gets every event, repeats
 * carry the same webhook-id, a rolled-back write sends nothing, addresses
 * into private networks are refused, and only admins (or their tokens with
 * the webhooks scope) manage webhooks.
 */
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as Verifier } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForBearerToken } from "@/lib/auth/api-token-actor";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { setVerdict } from "@/lib/claims/set-verdict";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { attemptDelivery } from "@/lib/webhooks/deliver-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { isAllowedAddress, webhookUrlProblem } from "@/lib/webhooks/webhook-address";
import { DELIVERY_QUEUE } from "@/lib/webhooks/webhook-queue";
import { startWebhookWorker, type WebhookWorker } from "@/lib/webhooks/worker";
import type { UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

type Received = { headers: IncomingHttpHeaders; body: string };

/**
 * A partner's endpoint on this machine: it keeps what it receives and answers
 * as `answer` says; it can be killed (every connection cut) and started again
 * on the same port.
 */
class Receiver {
  received: Received[] = [];
  answer: "ok" | "error" | "hangUp" = "ok";
  private server: Server | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        this.received.push({ headers: request.headers, body });
        if (this.answer === "hangUp") {
          // Got it, then died before answering: the sender cannot know, and must send it again.
          this.answer = "ok";
          request.socket.destroy();
        } else if (this.answer === "error") {
          response.writeHead(503).end("down for maintenance");
        } else {
          response.writeHead(204).end();
        }
      });
    });
    this.server.listen(this.port, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async kill(): Promise<void> {
    const server = this.server!;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hooks/isnad`;
  }

  verified(secret: string) {
    const verifier = new Verifier(secret);
    return this.received.map(({ headers, body }) => ({
      id: String(headers["webhook-id"]),
      payload: verifier.verify(body, headers as Record<string, string>) as { type: string; data: Record<string, unknown> },
    }));
  }
}

async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const queuedJobs = async () => (await db().$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`, DELIVERY_QUEUE))[0]!.count;

let editor: UserActor;
let admin: UserActor;
let claimantId: string;
let worker: WebhookWorker;
let verdictId: string;

beforeAll(async () => {
  ({ editor, admin, claimantId } = await editorAdminAndClaimant());
  verdictId = (await db().verdictLevel.create({ data: { key: "false", labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 1 } })).id;
  // Retries a second apart, doubling: a killed receiver is back within the test's patience.
  worker = await startWebhookWorker({ retry: { retryLimit: 6, retryDelay: 1, retryBackoff: true }, pollingIntervalSeconds: 0.5, timeoutMs: 3000 });
});
afterAll(() => worker.stop());

describe("webhooks", () => {
  it("send signed events from publishing, a verdict and a correction, each verifiable with its webhook's secret", async () => {
    const receiver = await new Receiver().start();
    const { webhook, secret } = await createWebhook(admin, { url: receiver.url, events: ["claim_published", "verdict_changed", "correction_published"] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const draft = await createClaim(editor, claimInput(claimantId));
    const published = await changeClaimStatus(editor, { id: draft.id, version: draft.version, status: "published" });
    await setVerdict(editor, { claimId: draft.id, version: published.version, verdictId, verdictReasoning: "لا دليل" });
    const correction = await createClaim(editor, claimInput(claimantId, { status: "published", text: "تصحيح: الرقم الصحيح أقل" }));
    await linkClaims(editor, { fromClaimId: correction.id, toClaimId: draft.id, type: "corrects" });

    await eventually(async () => receiver.received.length >= 4, "four deliveries");
    const events = receiver.verified(secret);
    expect(events.map((event) => event.payload.type).sort()).toEqual(["claim.published", "claim.published", "correction.published", "verdict.changed"]);
    const verdictEvent = events.find((event) => event.payload.type === "verdict.changed")!;
    expect(verdictEvent.payload.data).toMatchObject({ claim: { id: draft.id, path: `/api/v1/claims/${draft.id}` }, previousVerdict: null, verdict: { id: verdictId, labelEn: "False" } });
    expect(events.find((event) => event.payload.type === "correction.published")!.payload.data).toMatchObject({ claim: { id: correction.id }, corrects: [{ id: draft.id }] });

    // webhook-id is the delivery's id, and the log says each arrived on its first try.
    const { deliveries } = await listWebhookDeliveries({ webhookId: webhook.id });
    expect(deliveries.map((delivery) => delivery.id).sort()).toEqual(events.map((event) => event.id).sort());
    await eventually(async () => (await listWebhookDeliveries({ webhookId: webhook.id })).deliveries.every((delivery) => delivery.status === "delivered"), "the log");
    for (const delivery of (await listWebhookDeliveries({ webhookId: webhook.id })).deliveries) {
      expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastResponseStatus: 204, lastError: null });
    }
    // A signature made with another secret does not verify.
    const rotated = (await rotateWebhookSecret(admin, { webhookId: webhook.id })).secret;
    expect(() => receiver.verified(rotated)).toThrow();
    await receiver.kill();
    await deleteWebhook(admin, { webhookId: webhook.id });
  });

  it("deliver every event to a receiver killed mid-way and restarted, repeats carrying the same webhook-id", async () => {
    const receiver = await new Receiver().start();
    const { webhook, secret } = await createWebhook(admin, { url: receiver.url, events: ["claim_published"] });
    receiver.answer = "hangUp";
    const claims = [];
    for (let index = 0; index < 3; index++) claims.push(await createClaim(editor, claimInput(claimantId, { status: "published", text: `خبر ${index}` })));
    await eventually(async () => receiver.received.length >= 1, "the first delivery");
    await receiver.kill();
    for (let index = 3; index < 6; index++) claims.push(await createClaim(editor, claimInput(claimantId, { status: "published", text: `خبر ${index}` })));
    // While it is down, tries fail and are logged; nothing is given up.
    await eventually(async () => (await db().webhookAttempt.count({ where: { delivery: { webhookId: webhook.id }, error: { not: null } } })) >= 2, "failed tries");
    receiver.answer = "error";
    const beforeRestart = receiver.received.length;
    await receiver.start();
    await eventually(async () => receiver.received.length > beforeRestart, "a try answered 503");
    receiver.answer = "ok";

    const ids = new Set(claims.map((claim) => claim.id));
    const byClaim = await eventually(async () => {
      const seen = new Map<string, Set<string>>();
      for (const event of receiver.verified(secret)) {
        const claimId = (event.payload.data.claim as { id: string }).id;
        seen.set(claimId, (seen.get(claimId) ?? new Set()).add(event.id));
      }
      return [...ids].every((id) => seen.has(id)) && seen;
    }, "all six events");
    // Each event arrived at least once; every repeat came with its event's one id.
    expect([...byClaim.keys()].sort()).toEqual([...ids].sort());
    for (const webhookIds of byClaim.values()) expect(webhookIds.size).toBe(1);
    expect(receiver.received.length).toBeGreaterThan(ids.size);

    const log = await eventually(async () => {
      const { deliveries } = await listWebhookDeliveries({ webhookId: webhook.id });
      return deliveries.every((delivery) => delivery.status === "delivered") && deliveries;
    }, "every delivery logged as delivered");
    expect(log).toHaveLength(6);
    expect(log.some((delivery) => delivery.attempts > 1)).toBe(true);
    const attempts = await db().webhookAttempt.findMany({ where: { delivery: { webhookId: webhook.id } } });
    expect(attempts.some((attempt) => attempt.responseStatus === 503 && attempt.responseBody === "down for maintenance")).toBe(true);
    expect(attempts.some((attempt) => attempt.error !== null)).toBe(true);
    await receiver.kill();
  });

  it("send nothing for a write that rolls back", async () => {
    const receiver = await new Receiver().start();
    await createWebhook(admin, { url: receiver.url, events: ["claim_published"] });
    const [deliveriesBefore, jobsBefore] = [await db().webhookDelivery.count(), await queuedJobs()];
    const draft = await createClaim(editor, claimInput(claimantId));
    // The publish is written and its event queued, then the transaction fails.
    await expect(
      db().$transaction(async (tx) => {
        await tx.claim.update({ where: { id: draft.id }, data: { status: "published" } });
        await emitWebhookEvent(tx, "claim_published", { claim: { id: draft.id } });
        throw new Error("the write fails after its event was queued");
      }),
    ).rejects.toThrow("after its event");
    // A stale publish is refused before anything is queued.
    await expect(changeClaimStatus(editor, { id: draft.id, version: draft.version + 5, status: "published" })).rejects.toMatchObject({ status: 409 });
    expect(await db().webhookDelivery.count()).toBe(deliveriesBefore);
    expect(await queuedJobs()).toBe(jobsBefore);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received).toEqual([]);
    await receiver.kill();
  });

  it("fail a delivery on its last try or for a disabled webhook, and send a failed one again with the same id", async () => {
    const receiver = await new Receiver().start();
    const { webhook, secret } = await createWebhook(admin, { url: receiver.url, events: ["claim_published"] });
    await updateWebhook(admin, { webhookId: webhook.id, enabled: false });
    // Disabled: nothing new is queued for it.
    await createClaim(editor, claimInput(claimantId, { status: "published" }));
    expect(await db().webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(0);

    // Queued, then disabled before it was sent: it fails without retries.
    await updateWebhook(admin, { webhookId: webhook.id, enabled: true });
    const [delivery] = await db().$transaction(async (tx) => {
      await emitWebhookEvent(tx, "claim_published", { claim: { id: "x" } });
      await tx.webhook.update({ where: { id: webhook.id }, data: { disabledAt: new Date() } });
      return tx.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    });
    await eventually(async () => (await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).status === "failed", "the disabled webhook's delivery failing");
    expect(receiver.received).toEqual([]);
    expect(await refusal(updateWebhook(editor, { webhookId: webhook.id, enabled: true }))).toMatchObject({ status: 403 });
    await updateWebhook(admin, { webhookId: webhook.id, enabled: "true" });

    expect(await refusal(resendWebhookDelivery(editor, { deliveryId: delivery!.id }))).toMatchObject({ status: 403 });
    await resendWebhookDelivery(admin, { deliveryId: delivery!.id });
    expect(await refusal(resendWebhookDelivery(admin, { deliveryId: delivery!.id }))).toMatchObject({ status: 409 });
    await eventually(async () => receiver.received.length === 1, "the resent delivery");
    expect(receiver.verified(secret)[0]!.id).toBe(delivery!.id);

    // A last try that gets no answer leaves the delivery failed, with what happened logged.
    await receiver.kill();
    const [again] = await db().$transaction(async (tx) => {
      await emitWebhookEvent(tx, "claim_published", { claim: { id: "y" } });
      // Held back from the worker: this test makes the last try itself.
      await tx.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() + interval '1 hour' WHERE name = $1 AND data->>'deliveryId' IN (SELECT id::text FROM "WebhookDelivery" WHERE "webhookId" = $2::uuid AND status = 'pending')`, DELIVERY_QUEUE, webhook.id);
      return tx.webhookDelivery.findMany({ where: { webhookId: webhook.id, status: "pending" } });
    });
    await expect(attemptDelivery(again!.id, { final: true, timeoutMs: 1000 })).rejects.toThrow();
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: again!.id } })).toMatchObject({ status: "failed", attempts: 1, lastResponseStatus: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/) });
  });

  it("resolve a receiver's name on the connection, through the address guard", async () => {
    const receiver = await new Receiver().start();
    const { webhook, secret } = await createWebhook(admin, { url: receiver.url.replace("127.0.0.1", "localhost"), events: ["claim_published"] });
    const [delivery] = await db().$transaction(async (tx) => {
      await emitWebhookEvent(tx, "claim_published", { claim: { id: "z" } });
      return tx.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    });
    await eventually(async () => (await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).status === "delivered", "a delivery to localhost");
    expect(receiver.verified(secret).map((event) => event.id)).toEqual([delivery!.id]);
    await receiver.kill();
  });

  it("refuse addresses into private networks, and plain http but to this machine in development", async () => {
    for (const url of [
      "http://10.0.0.1/hook",
      "https://10.1.2.3/hook",
      "https://192.168.1.10/",
      "https://172.16.5.4/",
      "https://169.254.169.254/latest/meta-data/",
      "https://100.64.0.1/",
      "https://0.0.0.0/",
      "https://[fd00::1]/",
      "https://[fe80::1]/",
      "https://[::ffff:10.0.0.1]/",
      "https://intranet/hook",
      "https://printer.local/hook",
    ]) {
      expect(await refusal(createWebhook(admin, { url, events: ["claim_published"] }), "en"), url).toMatchObject({
        status: 422,
        fieldErrors: { url: ["This address points into a private or local network; nothing is sent there."] },
      });
    }
    expect(await refusal(createWebhook(admin, { url: "http://partner.example.com/hook", events: ["claim_published"] }), "en")).toMatchObject({
      fieldErrors: { url: ["The address must start with https://."] },
    });
    for (const url of ["ftp://partner.example.com/", "https://user:secret@partner.example.com/", "not a url"]) {
      expect((await refusal(createWebhook(admin, { url, events: ["claim_published"] }))).fieldErrors?.url, url).toHaveLength(1);
    }
    expect(await refusal(createWebhook(admin, { url: "https://partner.example.com/", events: [] }))).toMatchObject({ status: 422 });
    // In production, this machine itself is refused too, however it is spelled.
    for (const url of ["http://127.0.0.1:3000/", "https://localhost/", "http://2130706433/", "http://0x7f.1/", "https://[::1]/", "https://api.localhost/"]) {
      expect(webhookUrlProblem(url, false), url).toBe("admin.webhooks.urlPrivate");
    }
    expect(webhookUrlProblem("http://127.0.0.1:3000/", true)).toBeNull();
    expect(webhookUrlProblem("https://partner.example.com/hooks?x=1", false)).toBeNull();
    // What a name resolves to is checked on each connection.
    expect(isAllowedAddress("93.184.215.14", false)).toBe(true);
    expect(isAllowedAddress("2606:2800:21f:cb07:6820:80da:af6b:8b2c", false)).toBe(true);
    for (const address of ["127.0.0.1", "10.9.8.7", "::1", "::ffff:7f00:1", "64:ff9b::a00:1", "169.254.169.254"]) {
      expect(isAllowedAddress(address, false), address).toBe(false);
    }
  });

  it("are managed by admins and by their tokens with the webhooks scope only, secrets never in a revision", async () => {
    const url = "https://partner.example.com/isnad";
    expect(await refusal(createWebhook(editor, { url, events: ["claim_published"] }))).toMatchObject({ status: 403 });
    const withoutScope = await actorForBearerToken((await createApiToken(admin, { name: "claims", scopes: ["claims_read", "claims_write"] })).secret);
    expect(await refusal(createWebhook(withoutScope, { url, events: ["claim_published"] }))).toMatchObject({ status: 403 });
    const withScope = await actorForBearerToken((await createApiToken(admin, { name: "hooks", scopes: ["webhooks_manage"] })).secret);
    const { webhook, secret } = await createWebhook(withScope, { url, events: ["tip_received", "tip_received"] });
    expect(webhook).toMatchObject({ url, events: ["tip_received"], disabledAt: null });
    const rotated = await rotateWebhookSecret(withScope, { webhookId: webhook.id });
    expect(rotated.secret).not.toBe(secret);
    const revisions = await db().revision.findMany({ where: { entityType: "webhook", entityId: webhook.id }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => revision.action)).toEqual(["create", "rotateSecret"]);
    const snapshots = JSON.stringify(revisions.map((revision) => [revision.before, revision.after]));
    expect(snapshots).not.toContain(secret.slice(6));
    expect(snapshots).not.toContain(rotated.secret.slice(6));
    expect(JSON.stringify(webhook)).not.toContain("secret");
    await deleteWebhook(withScope, { webhookId: webhook.id });
    expect(await refusal(deleteWebhook(admin, { webhookId: webhook.id }))).toMatchObject({ status: 404 });
  });
});
