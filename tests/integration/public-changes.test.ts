/**
 * The public page cache's invalidation, on a real database: every table is
 * classified (shown to readers or not), every table readers see notifies on
 * each committed write and never on a rolled-back one, and the cache
 * (lib/http/public-page-cache.ts, in front of a stand-in renderer that counts
 * its renders) answers from memory until a use-case's write commits, then
 * renders again.
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listenForPublicChanges, type PublicChangeListener } from "@/lib/db/public-changes";
import { CACHE_STATUS_HEADER, PUBLIC_CACHE_CONTROL, createPublicPageCache, type PublicPageCache } from "@/lib/http/public-page-cache";
import { NOT_SHOWN_TO_READERS, PUBLIC_TABLES } from "@/lib/reader/public-tables";
import { createStory } from "@/lib/stories/create-story";
import { updateStory } from "@/lib/stories/update-story";
import { actorWithRole } from "./actors";

const databaseUrl = process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
});
afterAll(() => client.end());

/** Resolves on the next call of the returned callback, or after `ms` with null. */
function nextCall<T>(ms = 5_000) {
  let resolve: (value: T | null) => void = () => {};
  const called = new Promise<T | null>((done) => (resolve = done));
  const timer = setTimeout(() => resolve(null), ms);
  return { called, call: (value: T) => (clearTimeout(timer), resolve(value)) };
}

async function startListener(onChange: (table: string) => void): Promise<PublicChangeListener> {
  const listening = nextCall<true>();
  const listener = listenForPublicChanges(databaseUrl, { onChange, onListening: () => listening.call(true), onLost: () => {} });
  expect(await listening.called, "the LISTEN connection opens").toBe(true);
  return listener;
}

describe("public change notifications", () => {
  it("classify every table: shown to readers (with the trigger) or not, with a reason", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const unclassified = rows.map((row) => row.table_name).filter((name) => !(PUBLIC_TABLES as readonly string[]).includes(name) && !(name in NOT_SHOWN_TO_READERS));
    expect(unclassified, "add each to PUBLIC_TABLES (and a migration giving it the notify trigger) or to NOT_SHOWN_TO_READERS").toEqual([]);
    const { rows: triggers } = await client.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE p.proname = 'notify_public_change' AND NOT t.tgisinternal`,
    );
    expect(triggers.map((row) => row.table).sort()).toEqual([...PUBLIC_TABLES].sort());
  });

  it("arrive after a use-case's write commits, once per table, and never for a rolled-back write", async () => {
    const heard: string[] = [];
    const listener = await startListener((table) => heard.push(table));
    try {
      await client.query("BEGIN");
      // A statement trigger fires for no rows too: committed, this would be heard.
      await client.query(`UPDATE "SitePage" SET "updatedAt" = "updatedAt" WHERE false`);
      await client.query("ROLLBACK");
      const editor = await actorWithRole("editor");
      const story = await createStory(editor, { title: "قصة تُسمع", tags: "سماع" });
      for (let waited = 0; !heard.includes("Story") && waited < 50; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toContain("Story");
      expect(heard).toContain("Tag");
      expect(heard.filter((table) => table === "Story")).toHaveLength(1);
      expect(heard).not.toContain("SitePage");
      expect(story.status).toBe("draft");
    } finally {
      await listener.stop();
    }
  });
});

describe("the public page cache", () => {
  let renders = 0;
  let renderer: http.Server;
  let front: http.Server;
  let cache: PublicPageCache;
  let listener: PublicChangeListener;
  let origin: string;

  beforeAll(async () => {
    // Stands in for Next: each render says which one it is and which cookies it was given.
    renderer = http.createServer((request, response) => {
      renders++;
      const setsCookie = request.url === "/search?q=cookie";
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "private, no-store",
        "x-frame-options": "DENY",
        ...(setsCookie ? { "set-cookie": "a=b" } : {}),
      });
      response.end(`<p>render ${renders} of ${request.url} for ${request.headers.cookie}</p>`);
    });
    renderer.listen(0, "127.0.0.1");
    await once(renderer, "listening");
    const renderPort = (renderer.address() as AddressInfo).port;
    cache = createPublicPageCache({ renderOrigin: () => new URL(`http://127.0.0.1:${renderPort}`) });
    const listening = nextCall<true>();
    listener = listenForPublicChanges(databaseUrl, {
      onChange: cache.invalidate,
      onListening: () => (cache.enable(), listening.call(true)),
      onLost: cache.disable,
    });
    expect(await listening.called).toBe(true);
    front = http.createServer((request, response) => {
      if (cache.answer(request, response)) return;
      response.writeHead(200, { "cache-control": "private, no-store", [CACHE_STATUS_HEADER]: "next" });
      response.end("not from the cache");
    });
    front.listen(0, "127.0.0.1");
    await once(front, "listening");
    origin = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await listener.stop();
    cache.close();
    front.close();
    renderer.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

  it("renders a public page once, then answers from memory with an ETag, a CDN's Cache-Control and 304s", async () => {
    const first = await get("/stories/cached");
    const body = await first.text();
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBe("miss");
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    // Rendered with the default preferences only, whatever else the reader's cookies hold.
    expect(body).toContain("isnad-locale=ar; isnad-calendar=gregory; isnad-digits=latn");
    const second = await get("/stories/cached", { cookie: "other=1; isnad-locale=nonsense" });
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect(await second.text()).toBe(body);
    const etag = second.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const revalidated = await get("/stories/cached", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("keeps one copy per preference variant", async () => {
    const arabic = await (await get("/claims/variant")).text();
    const english = await (await get("/claims/variant", { cookie: "isnad-locale=en; isnad-digits=arab" })).text();
    expect(english).not.toBe(arabic);
    expect(english).toContain("isnad-locale=en; isnad-calendar=gregory; isnad-digits=arab");
    expect((await get("/claims/variant", { cookie: "isnad-digits=arab; isnad-locale=en" })).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
  });

  it("leaves to Next what is not the same for everyone: sessions, tokens, router requests, other methods and routes", async () => {
    await get("/tags/private");
    const signedIn: Record<string, string>[] = [{ cookie: "next-auth.session-token=abc" }, { cookie: "__Secure-next-auth.session-token.0=abc" }, { authorization: "Bearer x" }, { rsc: "1" }];
    for (const headers of signedIn) {
      const response = await get("/tags/private", headers);
      expect(response.headers.get(CACHE_STATUS_HEADER), JSON.stringify(headers)).toBe("next");
    }
    for (const path of ["/editor", "/admin/users", "/api/v1/claims", "/tags/private?_rsc=abc", "/signin"]) {
      expect((await get(path)).headers.get(CACHE_STATUS_HEADER), path).toBe("next");
    }
    expect((await fetch(`${origin}/tags/private`, { method: "POST" })).headers.get(CACHE_STATUS_HEADER)).toBe("next");
  });

  it("does not keep an answer that sets a cookie", async () => {
    expect((await get("/search?q=cookie")).headers.get(CACHE_STATUS_HEADER)).toBe("bypass");
    expect((await get("/search?q=cookie")).headers.get(CACHE_STATUS_HEADER)).toBe("bypass");
  });

  it("renders again on the first request after a use-case's write commits", async () => {
    const before = await (await get("/")).text();
    expect((await get("/")).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    const editor = await actorWithRole("editor");
    const story = await createStory(editor, { title: "قصة تُبطل الذاكرة" });
    await updateStory(editor, { id: story.id, version: story.version, title: "قصة منشورة", status: "published" });
    // PostgreSQL signals the listeners as the transaction commits, before the writer hears back.
    const after = await get("/");
    expect(after.headers.get(CACHE_STATUS_HEADER)).toBe("miss");
    expect(await after.text()).not.toBe(before);
    await db().story.delete({ where: { id: story.id } }).catch(() => {});
  });

  it("shares one render among concurrent misses", async () => {
    const rendersBefore = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/sources/concurrent")));
    expect(renders - rendersBefore).toBe(1);
    const statuses = answers.map((answer) => answer.headers.get(CACHE_STATUS_HEADER));
    expect(statuses.filter((status) => status === "miss")).toHaveLength(1);
    expect(statuses.filter((status) => status !== "miss" && status !== "shared" && status !== "hit")).toEqual([]);
  });

  it("answers nothing from memory while not listening", async () => {
    await get("/methodology");
    cache.disable();
    expect((await get("/methodology")).headers.get(CACHE_STATUS_HEADER)).toBe("next");
    cache.enable();
    expect((await get("/methodology")).headers.get(CACHE_STATUS_HEADER)).toBe("miss");
  });
});
