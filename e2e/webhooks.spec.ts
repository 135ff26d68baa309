import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook as Verifier } from "standardwebhooks";
import { demoAccount, expectAccessible, signIn } from "./fixtures";

// A partner's endpoint on this machine (the e2e server runs with ISNAD_WEBHOOKS_ALLOW_LOOPBACK=1).
let receiver: Server;
let answer = 204;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

test.beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer).end(answer === 204 ? undefined : "busy");
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
});
test.afterAll(() => new Promise((resolve) => receiver.close(resolve)));

test("webhooks: the admin registers one, sees its secret once, and its signed deliveries listed; a failed one is sent again with the same id", async ({ page, request }) => {
  test.setTimeout(180_000);
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/isnad/${Date.now()}`;
  await signIn(page, demoAccount("admin"), "/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "خطافات الويب" })).toBeVisible();
  await expectAccessible(page);

  // An address inside a private network is refused, in Arabic, next to its field.
  await page.getByLabel("العنوان", { exact: true }).fill("https://192.168.1.20/hook");
  await page.getByRole("group", { name: "الأحداث" }).getByLabel("نشر ادعاء").check();
  await page.getByRole("button", { name: "إنشاء الخطاف" }).click();
  await expect(page.getByText("هذا العنوان يشير إلى شبكة خاصة أو محلية، ولا يُرسَل إليه.")).toBeVisible();

  await page.getByLabel("العنوان", { exact: true }).fill(url);
  await page.getByLabel("الوصف").fill("شريك الاختبار");
  await page.getByRole("group", { name: "الأحداث" }).getByLabel("نشر ادعاء").check();
  await page.getByRole("button", { name: "إنشاء الخطاف" }).click();
  const shown = page.getByTestId("webhook-secret").locator("code");
  await expect(shown).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const secret = (await shown.innerText()).trim();
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByTestId("webhook-row").filter({ hasText: url });
  await expect(row.getByTestId("webhook-state")).toHaveText("يعمل");
  await expect(row).toContainText("نشر ادعاء");

  // The API lists it without its secret.
  const listed = await page.request.get("/api/v1/webhooks");
  expect(listed.status()).toBe(200);
  expect(JSON.stringify(await listed.json())).not.toContain(secret);
  expect((await request.post("/api/v1/webhooks", { data: { url, events: ["claim_published"] } })).status()).toBe(401);

  // Publishing a claim sends it, signed.
  const claimant = (await (await page.request.get("/api/v1/sources")).json()).sources[0];
  const publish = async (text: string) => {
    const response = await page.request.post("/api/v1/claims", { data: { claimantId: claimant.id, saidAt: "2024-02-01", text, status: "published" } });
    expect(response.status()).toBe(201);
    return (await response.json()).id as string;
  };
  const first = await publish(`ادعاء للخطاف ${Date.now()}`);
  await expect.poll(() => received.filter((entry) => entry.body.includes(first)).length, { timeout: 30_000 }).toBe(1);
  const delivery = received.find((entry) => entry.body.includes(first))!;
  const verified = new Verifier(secret).verify(delivery.body, delivery.headers as Record<string, string>) as { type: string; data: { claim: { id: string } } };
  expect(verified).toMatchObject({ type: "claim.published", data: { claim: { id: first } } });
  await page.reload();
  const deliveryRow = page.getByTestId("delivery-row").filter({ hasText: String(delivery.headers["webhook-id"]) });
  await expect(deliveryRow.getByTestId("delivery-status")).toHaveText("وصل");
  await expect(deliveryRow.getByTestId("delivery-attempts")).toHaveText("1");
  await expect(deliveryRow).toContainText("204");

  // The receiver is busy; the admin disables the webhook before the retry, so the delivery fails…
  answer = 503;
  const second = await publish(`ادعاء ثان للخطاف ${Date.now()}`);
  await expect.poll(() => received.filter((entry) => entry.body.includes(second)).length, { timeout: 30_000 }).toBe(1);
  await row.getByRole("button", { name: "تعطيل" }).click();
  await expect(row.getByTestId("webhook-state")).toHaveText("معطَّل");
  const failedRow = page.getByTestId("delivery-row").filter({ hasText: String(received.find((entry) => entry.body.includes(second))!.headers["webhook-id"]) });
  await expect
    .poll(
      async () => {
        await page.reload();
        return failedRow.getByTestId("delivery-status").innerText();
      },
      { timeout: 90_000, intervals: [2000] },
    )
    .toBe("فشل");
  // Its log says why: the try answered 503, the next found the webhook disabled.
  await expect(failedRow).toContainText("the webhook is disabled");
  await expect(failedRow.getByTestId("delivery-attempts")).toHaveText("2");

  // …then enables it again and sends the failed one again: the same event, the same webhook-id.
  answer = 204;
  await row.getByRole("button", { name: "إعادة تفعيل" }).click();
  await expect(row.getByTestId("webhook-state")).toHaveText("يعمل");
  await failedRow.getByRole("button", { name: "أرسل مجددًا" }).click();
  // Queued again, it is no longer failed: the button goes with that.
  await expect(failedRow.getByRole("button", { name: "أرسل مجددًا" })).toHaveCount(0);
  await expect.poll(() => received.filter((entry) => entry.body.includes(second)).length, { timeout: 30_000 }).toBe(2);
  const [tried, resent] = received.filter((entry) => entry.body.includes(second));
  expect(resent!.headers["webhook-id"]).toBe(tried!.headers["webhook-id"]);
  expect(new Verifier(secret).verify(resent!.body, resent!.headers as Record<string, string>)).toMatchObject({ type: "claim.published" });
  await page.reload();
  await expect(failedRow.getByTestId("delivery-status")).toHaveText("وصل");

  // Deleting asks first.
  await row.getByRole("button", { name: "حذف" }).click();
  await row.getByRole("button", { name: "نعم، احذفه" }).click();
  await expect(page.getByTestId("webhook-row").filter({ hasText: url })).toHaveCount(0);
});
