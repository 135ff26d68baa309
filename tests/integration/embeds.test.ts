/**
 * Embeds and oEmbed on the worked example: the frames' HTML (no script, small,
 * verdict first, the chain read with "نقلًا عن", RTL or LTR), what oEmbed
 * answers for our pages and refuses for others, and what readers may not see.
 */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as oembedRoute } from "@/app/api/oembed/route";
import { GET as claimEmbedRoute } from "@/app/embed/claims/[id]/route";
import { GET as storyEmbedRoute } from "@/app/embed/stories/[slug]/route";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { embedTarget } from "@/lib/embeds/oembed";
import { absoluteUrl, claimPath, storyPath } from "@/lib/reader/paths";
import { demoClaimIds } from "./reader-demo";

vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => ({ kind: "anonymous" }) }));
vi.mock("@/lib/i18n/request-preferences", () => ({ getPreferences: async () => ({ locale: "ar", calendar: "gregory", digits: "latn" }) }));

/** Past this, a frame is no longer "small": the worked example's story is about a third of it. */
const EMBED_BUDGET_BYTES = 16_000;

let ids: Awaited<ReturnType<typeof demoClaimIds>>;
beforeAll(async () => {
  await seedDemo();
  ids = await demoClaimIds();
});

const storyEmbed = (slug: string, lang = "") =>
  storyEmbedRoute(new Request(absoluteUrl(`/embed/stories/${encodeURIComponent(slug)}${lang}`)), { params: Promise.resolve({ slug: encodeURIComponent(slug) }) });
const claimEmbed = (id: string) => claimEmbedRoute(new Request(absoluteUrl(`/embed/claims/${id}`)), { params: Promise.resolve({ id }) });
const oembed = (query: Record<string, string>) =>
  oembedRoute(new NextRequest(absoluteUrl(`/api/oembed?${new URLSearchParams(query)}`)), { params: Promise.resolve({}) });

describe("the story's frame", () => {
  it("shows the timeline, verdict first, the chain in words, and no script, within its budget", async () => {
    const response = await storyEmbed(DEMO_STORY_SLUG);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(Buffer.byteLength(html)).toBeLessThan(EMBED_BUDGET_BYTES);
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("<bdi>كويت نيوز</bdi> <span class=\"quoting\">نقلًا عن</span> <bdi>رويترز</bdi>");
    const report = html.indexOf(`id="claim-${ids.report}"`);
    // The verdict opens the report's card, before who said it.
    expect(html.indexOf('class="verdict"', report)).toBeLessThan(html.indexOf('class="who"', report));
    expect(html).toContain(`href="${absoluteUrl(storyPath(DEMO_STORY_SLUG))}"`);
  });

  it("reads left to right in English", async () => {
    const html = await (await storyEmbed(DEMO_STORY_SLUG, "?lang=en")).text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("<bdi>Kuwait News</bdi> <span class=\"quoting\">citing</span> <bdi>Reuters</bdi>");
  });

  it("escapes what editors typed", async () => {
    const claimant = await db().source.findFirstOrThrow({ where: { nameEn: "Dmitry Peskov" } });
    const story = await db().story.findUniqueOrThrow({ where: { slug: DEMO_STORY_SLUG } });
    await createClaim(systemActor("embeds test"), {
      claimantId: claimant.id,
      saidAt: "2025-03-03",
      text: '<img src=x onerror="alert(1)"> بيان',
      status: "published",
      storyIds: [story.id],
    });
    const html = await (await storyEmbed(DEMO_STORY_SLUG)).text();
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; بيان");
    expect(html).not.toContain("<img");
  });

  it("is not found for what readers cannot see", async () => {
    expect((await storyEmbed("no-such-story")).status).toBe(404);
    const draft = await createClaim(systemActor("embeds test"), {
      claimantId: (await db().source.findFirstOrThrow({ where: { nameEn: "Bloomberg" } })).id,
      saidAt: "2025-03-04",
      text: "مسودة لا تُضمَّن",
    });
    expect((await claimEmbed(draft.id)).status).toBe(404);
  });
});

describe("the claim's frame", () => {
  it("has the card with its verdict and what answered it", async () => {
    const html = await (await claimEmbed(ids.report)).text();
    expect(html).toContain("غير مثبت");
    expect(html).toContain("نُفي: <a");
    expect(html).toContain("الكرملين ينفي تقرير بلومبرج.");
  });
});

describe("oEmbed", () => {
  it("answers a story's and a claim's page with a rich frame of its embed", async () => {
    const story = await (await oembed({ url: absoluteUrl(storyPath(DEMO_STORY_SLUG)), format: "json", maxwidth: "500" })).json();
    expect(story).toMatchObject({ version: "1.0", type: "rich", provider_name: "إسناد", width: 500, height: 720 });
    expect(story.html).toBe(
      `<iframe src="${absoluteUrl(`/embed/stories/${DEMO_STORY_SLUG}?lang=ar`)}" width="500" height="720" title="${story.title}" loading="lazy" style="border:0;max-width:100%" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"></iframe>`,
    );
    const claim = await (await oembed({ url: absoluteUrl(claimPath(ids.denial)), lang: "en" })).json();
    expect(claim).toMatchObject({ type: "rich", author_name: "Dmitry Peskov" });
    expect(claim.html).toContain(`/embed/claims/${ids.denial}?lang=en`);
  });

  it("refuses other sites' addresses, unknown records and formats it does not speak", async () => {
    expect((await oembed({ url: "https://example.org/stories/x" })).status).toBe(404);
    expect((await oembed({ url: absoluteUrl("/stories/no-such-story") })).status).toBe(404);
    expect((await oembed({ url: absoluteUrl(storyPath(DEMO_STORY_SLUG)), format: "xml" })).status).toBe(501);
    expect((await oembed({})).status).toBe(422);
    expect(embedTarget(absoluteUrl("/claims/not-an-id"))).toBeNull();
    expect(embedTarget(absoluteUrl(`/stories/${DEMO_STORY_SLUG}/feed.xml`))).toBeNull();
  });
});
