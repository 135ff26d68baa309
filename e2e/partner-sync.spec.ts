import { expect, test } from "@playwright/test";
import createClient from "openapi-fetch";
import { z } from "zod";
import type { paths } from "@/lib/api/generated/openapi-types";
import { claimListResponse, sourceListResponse } from "@/lib/api/response-schemas";
import { demoAccount, ORIGIN, signIn } from "./fixtures";
import { withE2eDatabase } from "./reader-db";

// A partner written only from the OpenAPI document: its requests and answers
// are typed by the client generated from it (lib/api/generated/openapi-types.ts), and
// every answer is checked against the contract's strict schemas, so document,
// client and server cannot drift apart unnoticed.

type Mirror = Map<string, z.output<typeof claimListResponse>["claims"][number]>;

const partner = createClient<paths>({ baseUrl: ORIGIN });

/** One sync: every page from `since` on, folded into the mirror; returns where the next sync starts. */
async function sync(mirror: Mirror, since?: string) {
  let cursor: string | undefined;
  let latest = since;
  let pages = 0;
  do {
    const { data, response } = await partner.GET("/api/v1/claims", { params: { query: { limit: 2, updated_since: since, cursor } } });
    expect(response.status).toBe(200);
    const page = claimListResponse.parse(data);
    for (const claim of page.claims) mirror.set(claim.id, claim);
    for (const gone of page.removed) mirror.delete(gone.id);
    latest = [...page.claims, ...page.removed].map((row) => row.updatedAt).reduce((a, b) => (a && a > b ? a : b), latest);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 500);
  return { latest, pages };
}

const written = z.object({ id: z.uuid(), version: z.int() });

test("a partner syncs every published claim, sees an edit on the next sync, and drops a claim taken off the site", async ({ page }) => {
  // The newsroom side: an admin gives a program a claims token.
  await signIn(page, demoAccount("admin"), "/admin/tokens");
  await page.getByLabel("الاسم", { exact: true }).fill(`مزامنة ${Date.now()}`);
  await page.getByRole("group", { name: "المجالات" }).getByLabel("الادعاءات والقصص والوسوم: كتابة").check();
  await page.getByRole("button", { name: "أنشئ المفتاح" }).click();
  const secret = (await page.getByTestId("token-secret").locator("code").first().innerText()).trim();
  const newsroom = createClient<paths>({ baseUrl: ORIGIN, headers: { authorization: `Bearer ${secret}` } });

  const sources = sourceListResponse.parse((await partner.GET("/api/v1/sources", { params: { query: { q: "رويترز" } } })).data);
  const reuters = sources.sources.find((source) => source.name === "رويترز")!;
  const fields = { claimantId: reuters.id, saidAt: "2025-03-01", saidAtPrecision: "day" as const, text: "ادعاء كتبه برنامج عبر الواجهة", status: "published" as const };
  const created = await newsroom.POST("/api/v1/claims", { body: fields });
  expect(created.response.status).toBe(201);
  const claim = written.parse(created.data);

  // The first sync sees everything published, this claim included, two at a time.
  const mirror: Mirror = new Map();
  const first = await sync(mirror);
  expect(mirror.get(claim.id)?.text).toBe(fields.text);
  expect(first.pages).toBeGreaterThan(1);
  const published = await withE2eDatabase((client) => client.query(`SELECT count(*)::int AS n FROM "Claim" WHERE status = 'published' AND "deletedAt" IS NULL`));
  expect(mirror.size).toBe(published.rows[0].n);

  // Asking again with the answer's ETag costs nothing: 304, no body.
  const again = await partner.GET("/api/v1/claims", { params: { query: { limit: 2 } } });
  const etag = again.response.headers.get("etag")!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const unchanged = await fetch(`${ORIGIN}/api/v1/claims?limit=2`, { headers: { "if-none-match": etag } });
  expect(unchanged.status).toBe(304);
  expect(await unchanged.text()).toBe("");

  // An edit shows on the next sync, and only what changed is sent.
  const edited = await newsroom.PATCH("/api/v1/claims/{id}", {
    params: { path: { id: claim.id } },
    // A published claim's new words take a public note (lib/claims/public-note.ts).
    body: { ...fields, text: "ادعاء عدّله برنامج عبر الواجهة", version: claim.version, correction: { kind: "update", note: "عُدّل النص" } },
  });
  expect(edited.response.status).toBe(200);
  const editedClaim = written.parse(edited.data);
  const changes: Mirror = new Map();
  const second = await sync(changes, first.latest);
  expect([...changes.keys()]).toEqual([claim.id]);
  await sync(mirror, first.latest);
  expect(mirror.get(claim.id)?.text).toBe("ادعاء عدّله برنامج عبر الواجهة");

  // Taken off the site: the next sync tells the partner to drop it.
  const unpublished = await newsroom.POST("/api/v1/claims/{id}/status", { params: { path: { id: claim.id } }, body: { version: editedClaim.version, status: "draft" } });
  expect(unpublished.response.status).toBe(200);
  await sync(mirror, second.latest);
  expect(mirror.has(claim.id)).toBe(false);

  // What the desk can do, the API can: a delete, and (with an admin's token) bringing the claim back.
  const draft = written.parse(unpublished.data);
  const deleted = await newsroom.DELETE("/api/v1/claims/{id}", { params: { path: { id: claim.id } }, body: { version: draft.version } });
  expect(deleted.response.status).toBe(200);
  const undeleted = await newsroom.POST("/api/v1/claims/{id}/undelete", { params: { path: { id: claim.id } }, body: { version: written.parse(deleted.data).version } });
  expect(undeleted.response.status).toBe(200);
  const stale = await newsroom.POST("/api/v1/claims/{id}/undelete", { params: { path: { id: claim.id } }, body: { version: draft.version } });
  expect(stale.response.status).toBe(409);

  // A wrong parameter is named, in the caller's language.
  const refused = await fetch(`${ORIGIN}/api/v1/claims?limit=1000`, { headers: { "accept-language": "en" } });
  expect(refused.status).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { status: 422, fieldErrors: { limit: [expect.any(String)] } } });
});
