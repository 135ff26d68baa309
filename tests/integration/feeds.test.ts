/**
 * The Atom feeds (the latest claims, a story's, a tag's, a source's, the
 * corrections), read as a feed reader does: well-formed XML, parsed by a
 * maintained parser, with what RFC 4287 requires of a feed and of each entry.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as latestFeed } from "@/app/feed.xml/route";
import { GET as correctionsFeed } from "@/app/(public)/corrections/feed.xml/route";
import { GET as sourceFeed } from "@/app/(public)/sources/[slug]/feed.xml/route";
import { GET as storyFeed } from "@/app/(public)/stories/[slug]/feed.xml/route";
import { GET as tagFeed } from "@/app/(public)/tags/[slug]/feed.xml/route";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { absoluteUrl, claimPath } from "@/lib/reader/paths";
import { demoClaimIds } from "./reader-demo";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
let ids: Awaited<ReturnType<typeof demoClaimIds>>;

beforeAll(async () => {
  await seedDemo();
  ids = await demoClaimIds();
});

type Element = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author", "category"].includes(name) });
const text = (value: unknown) => (typeof value === "object" && value !== null ? String((value as Element)["#text"] ?? "") : String(value ?? ""));

/** The feed a route answers, checked against RFC 4287's musts; its entries. */
async function readFeed(response: Response, selfPath: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: Element }).feed;
  expect(feed["@xmlns"]).toBe(ATOM);
  // atom:feed: exactly one id, title and updated; an author (no entry has its own); a self link.
  for (const name of ["id", "title", "updated"]) expect(typeof feed[name] === "string" || typeof feed[name] === "object", name).toBe(true);
  expect(text(feed.updated)).toMatch(RFC3339);
  expect((feed.author as Element[])[0]!.name).toBeTruthy();
  const links = feed.link as Element[];
  expect(links.find((link) => link["@rel"] === "self")?.["@href"]).toBe(absoluteUrl(selfPath));
  expect(links.find((link) => link["@rel"] === "alternate")?.["@href"]).toBeTruthy();
  const entries = (feed.entry as Element[] | undefined) ?? [];
  const entryIds = new Set<string>();
  for (const entry of entries) {
    // atom:entry: exactly one id (an IRI), title and updated; content or an alternate link.
    const id = text(entry.id);
    expect(id).toMatch(/^(https?:|urn:)/);
    expect(entryIds.has(id), `duplicate entry ${id}`).toBe(false);
    entryIds.add(id);
    expect(text(entry.title)).not.toBe("");
    expect(text(entry.updated)).toMatch(RFC3339);
    expect(entry.content ?? (entry.link as Element[]).find((link) => !link["@rel"] || link["@rel"] === "alternate")).toBeTruthy();
  }
  return entries;
}

const params = (slug: string) => ({ params: Promise.resolve({ slug: encodeURIComponent(slug) }) });
const request = (path: string) => new NextRequest(absoluteUrl(path));

describe("a story's feed", () => {
  it("is valid Atom and lists every claim of the worked example, its verdict first", async () => {
    const path = `/stories/${DEMO_STORY_SLUG}/feed.xml`;
    const entries = await readFeed(await storyFeed(request(path), params(DEMO_STORY_SLUG)), path);
    const byId = new Map(entries.map((entry) => [text(entry.id), entry]));
    for (const id of Object.values(ids)) expect(byId.has(absoluteUrl(claimPath(id))), id).toBe(true);
    const report = byId.get(absoluteUrl(claimPath(ids.report)))!;
    expect(text(report.title)).toMatch(/^غير مثبت — شخصان مقربان من الكرملين: /);
    expect(text(report.content)).toContain("يجس نبض");
  });

  it("escapes what editors typed, and carries no character XML forbids", async () => {
    const source = await db().source.findFirstOrThrow({ where: { nameEn: "Dmitry Peskov" } });
    const story = await db().story.findUniqueOrThrow({ where: { slug: DEMO_STORY_SLUG } });
    await createClaim(systemActor("feeds test"), {
      claimantId: source.id,
      saidAt: "2025-03-02",
      text: "قال <b>إن</b> الاتفاق & البيان ]]> \u0007جاهزان",
      status: "published",
      storyIds: [story.id],
    });
    const path = `/stories/${DEMO_STORY_SLUG}/feed.xml`;
    const entries = await readFeed(await storyFeed(request(path), params(DEMO_STORY_SLUG)), path);
    expect(entries.map((entry) => text(entry.content))).toContainEqual("قال &lt;b&gt;إن&lt;/b&gt; الاتفاق &amp; البيان ]]&gt; جاهزان");
  });

  it("is not found for a story readers cannot see", async () => {
    expect((await storyFeed(request("/stories/nothing/feed.xml"), params("nothing"))).status).toBe(404);
  });
});

describe("a tag's and a source's feeds", () => {
  it("list the claims with the tag, and what the source said or carried", async () => {
    const tagPath = `/tags/${encodeURIComponent("روسيا")}/feed.xml`;
    const tagged = await readFeed(await tagFeed(request(tagPath), params("روسيا")), tagPath);
    expect(tagged.map((entry) => text(entry.id))).toEqual(expect.arrayContaining(Object.values(ids).map((id) => absoluteUrl(claimPath(id)))));

    const carried = await readFeed(await sourceFeed(request("/sources/bloomberg/feed.xml"), params("bloomberg")), "/sources/bloomberg/feed.xml");
    expect(carried.map((entry) => text(entry.id))).toContain(absoluteUrl(claimPath(ids.report)));
    expect((await sourceFeed(request("/sources/nobody/feed.xml"), params("nobody"))).status).toBe(404);
  });
});

describe("the site's feeds", () => {
  it("the latest claims and the corrections are built the same way", async () => {
    const latest = await readFeed(await latestFeed(), "/feed.xml");
    expect(latest.length).toBeGreaterThanOrEqual(3);
    await readFeed(await correctionsFeed(), "/corrections/feed.xml");
  });
});
