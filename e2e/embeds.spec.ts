/**
 * Embeds as a partner's CMS makes them: a WordPress-style oEmbed consumer on
 * another origin (a tiny HTTP server here) is given the worked example's
 * address, finds the discovery <link> on its page, asks the oEmbed endpoint
 * and puts the returned HTML in its post; Chromium then shows the story's
 * timeline in the frame. Only /embed/… may be framed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_STORY_PATH, ORIGIN } from "./fixtures";

const CHAIN_AR = "كويت نيوز نقلًا عن رويترز نقلًا عن بلومبرج نقلًا عن شخصان مقربان من الكرملين";

/** What WordPress does with a pasted link: discovery on the page, then the provider's oEmbed answer. */
async function oembedFor(pageUrl: string, lang?: string) {
  const page = await (await fetch(pageUrl)).text();
  const link = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(page)?.[0];
  const href = link && /href="([^"]+)"/.exec(link)?.[1]?.replaceAll("&amp;", "&");
  if (!href) throw new Error(`no oEmbed discovery link on ${pageUrl}`);
  const endpoint = new URL(href);
  if (lang) endpoint.searchParams.set("lang", lang);
  const response = await fetch(endpoint);
  if (!response.ok) throw new Error(`oEmbed answered ${response.status}`);
  return (await response.json()) as { type: string; version: string; html: string; width: number; height: number; title: string; provider_name: string };
}

/** A partner's site: one post holding whatever embed HTML it was given. */
async function partnerSite(posts: Map<string, string>) {
  const server = http.createServer((request, response) => {
    const body = posts.get(request.url ?? "/");
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(body ? `<!doctype html><html lang="en"><head><title>A partner's post</title></head><body><h1>A partner's post</h1>${body}</body></html>` : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

test("a WordPress-style oEmbed consumer on another origin shows the worked example's timeline", async ({ page }) => {
  const answer = await oembedFor(`${ORIGIN}${DEMO_STORY_PATH}`);
  expect(answer).toMatchObject({ version: "1.0", type: "rich", provider_name: "إسناد" });
  expect(answer.html).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/stories\//);

  const posts = new Map([["/post", answer.html]]);
  const partner = await partnerSite(posts);
  try {
    await page.goto(`${partner.origin}/post`);
    const frame = page.frameLocator("iframe");
    const timeline = frame.getByTestId("embed-timeline");
    await expect(timeline).toBeVisible();
    await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(timeline.getByTestId("embed-chain").first()).toHaveText(CHAIN_AR);
    // The verdict leads the report's card, with its reason.
    await expect(timeline.locator(".claim").first().locator(".verdict")).toContainText("غير مثبت");
    await expect(timeline.locator(".answers").first()).toContainText("لا، هذا تقرير خاطئ");
    await expect(frame.locator("script")).toHaveCount(0);
    await expect(frame.locator("footer a")).toHaveAttribute("href", `${ORIGIN}${DEMO_STORY_PATH}`);
    const box = await page.locator("iframe").boundingBox();
    expect(box?.width).toBe(answer.width);

    // In English, the same frame reads left to right.
    posts.set("/post-en", (await oembedFor(`${ORIGIN}${DEMO_STORY_PATH}`, "en")).html);
    await page.goto(`${partner.origin}/post-en`);
    await expect(page.frameLocator("iframe").locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.frameLocator("iframe").getByTestId("embed-chain").first()).toHaveText(
      "Kuwait News citing Reuters citing Bloomberg citing Two people close to the Kremlin",
    );
  } finally {
    await partner.close();
  }
});

test("a claim embeds too, and only embeds may be framed", async ({ page, request }) => {
  await page.goto(DEMO_STORY_PATH);
  const claimPath = await page.getByTestId("claim-card").first().getByRole("link", { name: "رابط الادعاء" }).getAttribute("href");
  const answer = await oembedFor(`${ORIGIN}${claimPath}`);
  expect(answer.html).toContain(`/embed${claimPath}?lang=ar`);

  const embed = await request.get(`/embed${claimPath}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const html = await embed.text();
  expect(html).not.toContain("<script");
  expect(Buffer.byteLength(html)).toBeLessThan(16_000);

  for (const path of [DEMO_STORY_PATH, claimPath!, "/"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://example.org/stories/x")}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${DEMO_STORY_PATH}`)}&format=xml`)).status()).toBe(501);
});
