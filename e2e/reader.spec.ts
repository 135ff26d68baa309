import { gzipSync } from "node:zlib";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { DEMO_STORY_PATH, ORIGIN, expectAccessible } from "./fixtures";
import { insertRow, withE2eDatabase } from "./reader-db";

const CHAIN_AR = "كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين";
const CHAIN_EN = "Kuwait News → Reuters → Bloomberg → Two people close to the Kremlin";

// Other specs add claims of their own (the editor's desk enters the worked
// example again, with the same sources), so these tests find the demo story's
// claims by id rather than count what the whole database holds.

/** The ids of the demo story's report, Peskov's denial and the follow-up, read off its timeline. */
async function demoIds(page: Page) {
  await page.goto(DEMO_STORY_PATH);
  const events = page.getByTestId("timeline-event");
  const idOf = async (card: ReturnType<Page["locator"]>) => (await card.getAttribute("id"))!.replace("claim-", "");
  return {
    report: await idOf(events.nth(0).getByTestId("claim-card").first()),
    denial: await idOf(events.nth(0).getByTestId("answer-denies").getByTestId("claim-card")),
    followUp: await idOf(events.nth(1).getByTestId("claim-card")),
  };
}

async function reportId(page: Page): Promise<string> {
  return (await demoIds(page)).report;
}

/** The search results for `query`, as the ids of the claims found. */
async function searchResultIds(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?${query}`);
  const ids = await page.getByTestId("search-result").getByTestId("claim-card").evaluateAll((cards) => cards.map((card) => card.id));
  return ids.map((id) => id.replace("claim-", ""));
}

async function switchTo(page: Page, button: string | RegExp) {
  await page.getByRole("button", { name: button }).click();
  await page.waitForLoadState("load");
}

/** A full-page screenshot kept with the test's results. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** Nothing sticks out sideways: the page fits the viewport's width. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("story timeline", () => {
  test("runs oldest first, the denial attached to the report, with the chain and the gap", async ({ page }) => {
    await page.goto(DEMO_STORY_PATH);
    const events = page.getByTestId("timeline-event");
    await expect(events).toHaveCount(2);
    const [report, followUp] = [events.nth(0), events.nth(1)];
    await expect(report.getByTestId("claim-text").first()).toContainText("يجس نبض");
    await expect(report.getByTestId("attribution-chain").first()).toHaveText(CHAIN_AR);
    await expect(report.getByTestId("claim-time").first()).toHaveText("26 يناير 2024");

    // The denial sits inside the report's event, indented under it, saying how long it took.
    const denial = report.getByTestId("answer-denies");
    await expect(denial.getByTestId("answer-label")).toHaveText("نُفي في اليوم نفسه");
    await expect(denial.getByTestId("claimant")).toContainText("دميتري بيسكوف (الكرملين)");
    const [reportBox, denialBox] = [await report.getByTestId("claim-card").first().boundingBox(), await denial.boundingBox()];
    expect(denialBox!.y).toBeGreaterThan(reportBox!.y + reportBox!.height - 1);
    // Right to left: indented means further from the right edge.
    expect(denialBox!.x + denialBox!.width).toBeLessThan(reportBox!.x + reportBox!.width - 8);

    await expect(followUp).toContainText("الرياض");
    await expect(followUp.getByTestId("link-out-context")).toContainText("بعد عام");
    expect((await report.boundingBox())!.y).toBeLessThan((await followUp.boundingBox())!.y);
    await expectAccessible(page);
  });

  test("turns around with a plain link to ?order=newest", async ({ page }) => {
    await page.goto(DEMO_STORY_PATH);
    const newest = page.getByRole("link", { name: "الأحدث أولًا" });
    await expect(newest).toHaveAttribute("href", `${DEMO_STORY_PATH}?order=newest`);
    await newest.click();
    await expect(page).toHaveURL(/\?order=newest$/);
    const events = page.getByTestId("timeline-event");
    await expect(events.nth(0)).toContainText("الرياض");
    await expect(events.nth(1).getByTestId("answer-denies")).toContainText("لا، هذا تقرير خاطئ");
    await expect(page.getByRole("link", { name: "الأحدث أولًا" })).toHaveAttribute("aria-current", "true");
  });

  test("filters by source and tag with a GET form, and deep-links to an event", async ({ page }) => {
    await page.goto(DEMO_STORY_PATH);
    await page.getByText("تصفية الخط الزمني").click();
    await page.getByLabel("المصدر").selectOption("bloomberg");
    await page.getByRole("button", { name: "تصفية" }).click();
    await expect(page).toHaveURL(/\?tag=&source=bloomberg$/);
    await expect(page.getByTestId("timeline-event")).toHaveCount(1);
    await page.getByRole("link", { name: "إلغاء التصفية" }).click();
    await expect(page.getByTestId("timeline-event")).toHaveCount(2);

    await page.goto(`${DEMO_STORY_PATH}?tag=${encodeURIComponent("روسيا")}&source=dmitry-peskov`);
    await expect(page.getByTestId("timeline-event")).toHaveCount(2);
    await expect(page.getByLabel("الوسم")).toHaveValue("روسيا");

    const id = await reportId(page);
    const denialId = (await page.getByTestId("answer-denies").getByTestId("claim-card").getAttribute("id"))!;
    await page.goto(`${DEMO_STORY_PATH}?order=newest#${denialId}`);
    await expect(page.locator(`#${denialId}`)).toBeInViewport();
    await expect(page.locator(`#claim-${id} a[href="#claim-${id}"]`)).toHaveText("26 يناير 2024");
  });

  test("screenshots in Arabic and English, at 360 px and 1280 px", async ({ page }, testInfo) => {
    for (const language of ["ar", "en"] as const) {
      await page.goto(DEMO_STORY_PATH);
      if (language === "en") await switchTo(page, "English");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoSidewaysScroll(page);
        await attachScreenshot(page, testInfo, `timeline-${language}-${width}`);
      }
    }
    // Printing keeps the timeline and drops the controls and the site's chrome.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("timeline-controls")).toBeHidden();
    await expect(page.getByTestId("timeline")).toBeVisible();
    await attachScreenshot(page, testInfo, "timeline-en-print");
  });
});

test.describe("reader preferences", () => {
  test("English is a switch away, and everything follows: direction, labels, names, chain, gaps", async ({ page }) => {
    await page.goto(DEMO_STORY_PATH);
    await switchTo(page, "English");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Kremlin denies Bloomberg's report that Putin is sounding out Washington");
    await expect(page.getByRole("heading", { level: 1 }).locator("bdi")).toHaveAttribute("lang", "en");
    // Stored Arabic keeps its language inside the English interface (WCAG 3.1.2).
    await expect(page.getByTestId("story-summary")).toHaveAttribute("lang", "ar");
    const report = page.getByTestId("timeline-event").first();
    await expect(report.getByTestId("claim-text").first()).toHaveAttribute("lang", "ar");
    await expect(report.getByTestId("attribution-chain").first()).toHaveText(CHAIN_EN);
    await expect(report.getByTestId("answer-label")).toHaveText("Denied same day");
    await expect(report.getByTestId("claim-time").first()).toHaveText("26 January 2024");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Friday, 26 January 2024");
    await expect(page.getByRole("link", { name: "Newest first" })).toBeVisible();
    await expectAccessible(page);

    // On the claim page too: the chain's Arabic headlines, with the English names beside them.
    await page.goto(`/claims/${await reportId(page)}`);
    const bloomberg = page.getByTestId("chain-hop").filter({ hasText: "Bloomberg" });
    await expect(bloomberg.getByTestId("chain-title")).toHaveText("تقرير بلومبرج: بوتين يختبر الأجواء مع واشنطن");
    await expect(bloomberg.getByTestId("chain-title")).toHaveAttribute("lang", "ar");
    await expect(bloomberg.getByRole("link", { name: "Bloomberg" }).locator("bdi")).toHaveAttribute("lang", "en");

    // Remembered: another page is English too, until switched back.
    await page.goto("/search?q=Peskov");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await switchTo(page, "العربية");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("بحث");
  });

  test("Hijri dates (Umm al-Qura) and Arabic-Indic digits", async ({ page }) => {
    await page.goto(DEMO_STORY_PATH);
    await switchTo(page, "هجري");
    const report = page.getByTestId("timeline-event").first();
    // 26 January 2024 is 14 Rajab 1445 in Umm al-Qura.
    await expect(report.getByTestId("claim-time").first()).toHaveText("14 رجب 1445 هـ");
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("14 رجب 1445");
    await switchTo(page, "١٢٣");
    await expect(report.getByTestId("claim-time").first()).toHaveText("١٤ رجب ١٤٤٥ هـ");
    await page.reload();
    await expect(report.getByTestId("claim-time").first()).toHaveText("١٤ رجب ١٤٤٥ هـ");
    await expectAccessible(page);
  });
});

test.describe("claim page", () => {
  test("carries ClaimReview JSON-LD, checked field by field", async ({ page }) => {
    const id = await reportId(page);
    await page.goto(`/claims/${id}`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const review = JSON.parse(scripts[0]!);
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.url).toBe(`${ORIGIN}/claims/${id}`);
    expect(review.claimReviewed).toContain("يجس نبض");
    expect(new Date(review.datePublished).getTime()).not.toBeNaN();
    expect(review.author).toEqual({ "@type": "Organization", name: "إسناد", url: `${ORIGIN}/` });
    expect(review.reviewRating).toEqual({ "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "غير مثبت" });
    const item = review.itemReviewed;
    expect(item["@type"]).toBe("Claim");
    expect(item.author).toEqual({ "@type": "Person", name: "شخصان مقربان من الكرملين" });
    expect(item.datePublished).toBe("2024-01-26");
    // First published by Bloomberg: the unnamed people it cites are the author, not an appearance in print.
    expect(item.firstAppearance).toEqual({
      "@type": "CreativeWork",
      headline: "تقرير بلومبرج: بوتين يختبر الأجواء مع واشنطن",
      datePublished: "2024-01-26",
      publisher: { "@type": "Organization", name: "بلومبرج" },
    });
    expect(item.appearance).toHaveLength(4);
    expect(item.appearance).toContainEqual({
      "@type": "CreativeWork",
      headline: "الكرملين ينفي تقريرا حول تواصل بوتين مع أمريكا لإجراء محادثات تنهي حرب أوكرانيا",
      datePublished: "2024-01-26",
      publisher: { "@type": "Organization", name: "كويت نيوز" },
    });
    // The script cannot be closed from inside: no raw "<" in it.
    expect(await page.locator('script[type="application/ld+json"]').innerHTML()).not.toContain("<");

    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /شخصان مقربان من الكرملين: /);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${ORIGIN}/claims/${id}`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    // The share card: 1200×630, drawn for this claim.
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`^${ORIGIN}/claims/${id}/card\\.png\\?lang=ar&v=`));
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    const card = await page.request.get(image!);
    expect(card.headers()["content-type"]).toBe("image/png");
  });

  test("draws the chain as boxes and shows links in both directions, verdict and stories", async ({ page }, testInfo) => {
    const id = await reportId(page);
    await page.goto(`/claims/${id}`);
    const hops = page.getByTestId("chain-hop");
    await expect(hops).toHaveCount(4);
    await expect(hops.nth(0)).toContainText("كويت نيوز");
    await expect(hops.nth(3)).toContainText("شخصان مقربان من الكرملين");
    await expect(page.getByTestId("chain-arrow")).toHaveCount(3);
    // Right to left: each hop is further left than the one that cited it.
    const [first, second] = [await hops.nth(0).boundingBox(), await hops.nth(1).boundingBox()];
    expect(second!.x).toBeLessThan(first!.x);
    await expect(page.getByTestId("verdict")).toContainText("غير مثبت");
    await expect(page.getByTestId("verdict")).toContainText("رويترز: تغطية روسيا وأوكرانيا");
    const denied = page.getByTestId("link-in-denies");
    await expect(denied).toContainText("نفاه دميتري بيسكوف");
    await expect(denied).toContainText("في اليوم نفسه");
    await expect(page.getByTestId("link-in-context")).toContainText("بعد عام");
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, "claim-ar-1280");

    await denied.getByRole("link", { name: "دميتري بيسكوف" }).click();
    await expect(page.getByTestId("link-out-denies")).toContainText("ينفي ما قاله شخصان مقربان من الكرملين");
    await expect(page.getByTestId("verdict")).toContainText("لم يصدر حكم");
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);

    // A phone stacks the chain, still in order.
    await page.goto(`/claims/${id}`);
    await page.setViewportSize({ width: 360, height: 800 });
    const [top, below] = [await hops.nth(0).boundingBox(), await hops.nth(1).boundingBox()];
    expect(below!.y).toBeGreaterThan(top!.y + top!.height);
    await expectNoSidewaysScroll(page);
    await attachScreenshot(page, testInfo, "claim-ar-360");
  });
});

test.describe("search", () => {
  test("finds the report carried by بلومبرج when searching بلومبرغ, with the source and marks", async ({ page }, testInfo) => {
    const ids = await demoIds(page);
    await page.goto("/search");
    await page.getByLabel("ابحث في الادعاءات والمصادر").fill("بلومبرغ");
    await page.getByRole("button", { name: "ابحث", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByTestId("source-results")).toContainText("بلومبرج");
    const report = page.getByTestId("search-result").filter({ has: page.locator(`#claim-${ids.report}`) });
    await expect(report).toHaveCount(1);
    // Why it was found: the outlet that carried it, marked in its chain.
    await expect(report.getByTestId("attribution-chain").locator("mark")).toHaveText("بلومبرج");
    // The denial's summary names بلومبرج: marked, though spelt differently from the query.
    const denial = page.getByTestId("search-result").filter({ has: page.locator(`#claim-${ids.denial}`) });
    await expect(denial.locator("mark")).toHaveText(["بلومبرج"]);
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, "search-ar-1280");
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoSidewaysScroll(page);
    await attachScreenshot(page, testInfo, "search-ar-360");
  });

  test("stems, and ignores diacritics: الكرملين, كرملين and الكِرْمْلِين find the same claims", async ({ page }) => {
    const found = async (q: string) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      return page.getByTestId("search-result").getByTestId("claim-text").allTextContents();
    };
    const withArticle = await found("الكرملين");
    expect(withArticle.length).toBeGreaterThanOrEqual(3);
    expect((await found("كرملين")).sort()).toEqual([...withArticle].sort());
    expect(await found("الكِرْمْلِين")).toEqual(withArticle);
    await expect(page.locator("mark").first()).toBeVisible();
  });

  test("works in English and with filters, and says when nothing is found", async ({ page }) => {
    const ids = await demoIds(page);
    expect(await searchResultIds(page, "q=Bloomberg")).toContain(ids.report);
    // A name only the claims' Arabic words hold: found by its transliteration key.
    expect(await searchResultIds(page, "q=Putin")).toEqual(expect.arrayContaining([ids.report, ids.followUp]));

    const unproven = await searchResultIds(page, `q=${encodeURIComponent("الكرملين")}&verdict=unproven`);
    expect(unproven).toContain(ids.report);
    expect(unproven).not.toContain(ids.denial);
    await expect(page.getByTestId("search-result").getByText("غير مثبت")).toHaveCount(unproven.length);
    await expect(page.locator("details")).toHaveAttribute("open", "");

    const since2025 = await searchResultIds(page, `q=${encodeURIComponent("الكرملين")}&from=2025-01-01`);
    expect(since2025).toContain(ids.followUp);
    expect(since2025).not.toContain(ids.report);
    await page.goto("/search?q=كوريا الشمالية");
    await expect(page.getByRole("status")).toHaveText(/لا نتائج/);
  });
});

test.describe("sources and tags", () => {
  test("a source page has its profile, track record and timeline", async ({ page, request }, testInfo) => {
    const ids = await demoIds(page);
    await page.goto("/sources/dmitry-peskov");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("دميتري بيسكوف");
    await expect(page.getByTestId("source-profile")).toContainText("الكرملين");
    // The figures shown are the ones computed (the integration tests check the computing).
    const { trackRecord } = await (await request.get("/api/v1/sources/dmitry-peskov")).json();
    expect(trackRecord.claimsMade).toBeGreaterThanOrEqual(2);
    for (const [figure, value] of Object.entries(trackRecord)) {
      await expect(page.getByTestId(`track-${figure}`).locator("dd")).toHaveText(String(value));
    }
    // His denial stands on its own here, saying what it denies.
    const denial = page.getByTestId("timeline-event").filter({ has: page.locator(`#claim-${ids.denial}`) });
    await expect(denial.getByTestId("link-out-denies")).toContainText("شخصان مقربان من الكرملين");
    await expect(page.locator(`#claim-${ids.followUp}`)).toBeVisible();
    await expectAccessible(page);
    await attachScreenshot(page, testInfo, "source-ar-1280");
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoSidewaysScroll(page);

    await page.goto("/sources/bloomberg");
    await expect(page.getByTestId("credibility")).toContainText("4 من 5");
    await expect(page.locator(`#claim-${ids.report}`)).toBeVisible();
    await expect(page.locator(`#claim-${ids.denial}`)).toContainText("دميتري بيسكوف");
  });

  test("a merged source sends readers to the one it was merged into", async ({ page }) => {
    await withE2eDatabase(async (db) => {
      const { rows } = await db.query(`SELECT id FROM "Source" WHERE slug = 'bloomberg'`);
      await insertRow(db, "Source", {
        slug: "bloomberg-merged",
        name: "بلومبيرغ",
        kind: "outlet",
        mergedIntoId: rows[0].id,
        deletedAt: new Date(),
        updatedAt: new Date(),
      });
    });
    const response = await page.goto("/sources/bloomberg-merged");
    expect(response!.status()).toBe(200);
    await expect(page).toHaveURL(/\/sources\/bloomberg$/);
  });

  test("a tag page lists its stories and claims", async ({ page }) => {
    const ids = await demoIds(page);
    await page.goto(`/tags/${encodeURIComponent("روسيا")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("روسيا");
    await expect(page.getByRole("link", { name: "الكرملين ينفي تقرير بلومبرج عن جسّ بوتين نبض واشنطن" })).toBeVisible();
    for (const id of Object.values(ids)) await expect(page.locator(`#claim-${id}`)).toBeVisible();
    await expectAccessible(page);
  });

  test("the home page has the latest claims and the stories", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("latest-claims").getByTestId("claim-card")).not.toHaveCount(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoSidewaysScroll(page);
  });
});

test.describe("mixed direction", () => {
  test("bidi controls stored in a claim cannot reorder what is around them", async ({ page }) => {
    const claimId = await withE2eDatabase(async (db) => {
      const sourceId = async (slug: string) => (await db.query(`SELECT id FROM "Source" WHERE slug = $1`, [slug])).rows[0].id as string;
      const now = new Date();
      // Written straight to the database, as an import could: the forms would have stripped U+202E.
      const relay = await insertRow(db, "Source", {
        slug: "reversed-relay",
        name: "\u202Eناقل مقلوب",
        nameEn: "\u202EEvil Relay",
        kind: "outlet",
        status: "active",
        affiliationId: await sourceId("the-kremlin"),
        updatedAt: now,
      });
      const story = await insertRow(db, "Story", { slug: "bidi", title: "قصة \u202Eمقلوبة", status: "published", updatedAt: now });
      const claim = await insertRow(db, "Claim", {
        claimantId: relay,
        saidAt: new Date("2024-03-05T00:00:00Z"),
        saidAtPrecision: "day",
        text: "Breaking \u202E: claim words, then the card goes on",
        language: "en",
        status: "published",
        publishedAt: now,
        searchText: "breaking",
        updatedAt: now,
      });
      await db.query(`INSERT INTO "StoryClaim" ("storyId", "claimId") VALUES ($1, $2)`, [story, claim]);
      const origin = await insertRow(db, "Appearance", { claimId: claim, sourceId: await sourceId("reuters"), updatedAt: now });
      const middle = await insertRow(db, "Appearance", { claimId: claim, sourceId: relay, viaId: origin, updatedAt: now });
      await insertRow(db, "Appearance", { claimId: claim, sourceId: await sourceId("kuwait-news"), viaId: middle, updatedAt: now });
      return claim;
    });

    await page.goto("/stories/bidi");
    await switchTo(page, "English");
    const card = page.locator(`#claim-${claimId}`);
    // The stored text keeps its control character; it is isolated, not silently rewritten.
    await expect(card.getByTestId("claim-text")).toContainText("\u202E");
    // Left to right, in order: the name, then its affiliation.
    const name = await card.getByTestId("claimant").getByRole("link").boundingBox();
    const affiliation = await card.getByTestId("affiliation").boundingBox();
    expect(affiliation!.x).toBeGreaterThanOrEqual(name!.x + name!.width - 1);
    // The chain reads Kuwait News → Evil Relay → Reuters, left to right, the arrows in place.
    const chain = card.getByTestId("attribution-chain");
    await expect(chain).toHaveText("Kuwait News → \u202EEvil Relay → Reuters");
    const xs = await Promise.all(["Kuwait News", "Evil Relay", "Reuters"].map(async (text) => (await chain.getByRole("link", { name: text }).boundingBox())!.x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The time stays in its own box at the end of the header.
    const time = await card.getByTestId("claim-time").boundingBox();
    expect(time!.x).toBeGreaterThan(affiliation!.x);
    await expect(card.getByTestId("claim-time")).toHaveText("5 March 2024");

    // And in Arabic: the name before (right of) the affiliation, the chain right to left.
    await switchTo(page, "العربية");
    const nameAr = await card.getByTestId("claimant").getByRole("link").boundingBox();
    const affiliationAr = await card.getByTestId("affiliation").boundingBox();
    expect(affiliationAr!.x + affiliationAr!.width).toBeLessThanOrEqual(nameAr!.x + 1);
    const xsAr = await Promise.all(
      ["كويت نيوز", "ناقل مقلوب", "رويترز"].map(async (text) => (await card.getByTestId("attribution-chain").getByRole("link", { name: text }).boundingBox())!.x),
    );
    expect(xsAr).toEqual([...xsAr].sort((a, b) => b - a));
  });
});

test.describe("feeds and crawlers", () => {
  test("the Atom feed is valid and lists only published claims", async ({ page, request }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/");
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const child = (parent: Element, name: string) => [...parent.children].filter((el) => el.namespaceURI === ns && el.localName === name);
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: root.localName,
        has: ["id", "title", "updated", "author"].map((name) => child(root, name).length),
        links: child(root, "link").map((link) => link.getAttribute("rel")),
        entries: child(root, "entry").map((entry) => ({
          has: ["id", "title", "updated", "link", "summary", "content"].map((name) => child(entry, name).length),
          updated: child(entry, "updated")[0]?.textContent,
          title: child(entry, "title")[0]?.textContent,
        })),
      };
    }, xml);
    expect(feed.error).toBe(0);
    expect(feed.root).toBe("feed");
    expect(feed.has).toEqual([1, 1, 1, 1]);
    expect(feed.links.sort()).toEqual(["alternate", "self"]);
    expect(feed.entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of feed.entries) {
      expect(entry.has).toEqual([1, 1, 1, 1, 1, 1]);
      expect(new Date(entry.updated!).toISOString()).toBe(entry.updated);
    }
    expect(feed.entries.map((entry) => entry.title)).toContainEqual(expect.stringContaining("دميتري بيسكوف: "));
  });

  test("story, tag and source pages announce their own Atom feeds", async ({ page, request }) => {
    for (const path of [DEMO_STORY_PATH, "/sources/bloomberg", `/tags/${encodeURIComponent("روسيا")}`]) {
      await page.goto(path);
      const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(href, path).toBe(`${ORIGIN}${path}/feed.xml`);
      const feed = await request.get(href!);
      expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      expect(await feed.text()).toContain(`<link rel="self" href="${ORIGIN}${path}/feed.xml"/>`);
    }
    await page.goto("/");
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe(`${ORIGIN}/feed.xml`);
  });

  test("sitemap and robots list what readers may see, and no draft", async ({ request }) => {
    const draftId = await withE2eDatabase(async (db) => {
      const { rows } = await db.query(`SELECT id FROM "Source" WHERE slug = 'reuters'`);
      return insertRow(db, "Claim", { claimantId: rows[0].id, saidAt: new Date(), text: "مسودة لا يراها أحد", status: "draft", updatedAt: new Date() });
    });
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`${ORIGIN}${DEMO_STORY_PATH}`);
    expect(sitemap).toContain(`${ORIGIN}/sources/bloomberg`);
    expect(sitemap).toContain(`${ORIGIN}/tags/${encodeURIComponent("روسيا")}`);
    expect(sitemap).toMatch(/\/claims\/[0-9a-f-]{36}/);
    expect(sitemap).not.toContain(draftId);
    expect((await request.get(`/claims/${draftId}`)).status()).toBe(404);

    const robots = await (await request.get("/robots.txt")).text();
    for (const path of ["/editor", "/admin", "/api/"]) expect(robots).toContain(`Disallow: ${path}`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});

test("the JSON API reads what the pages show, and nothing unpublished", async ({ page, request }) => {
  const id = await reportId(page);
  const search = await (await request.get(`/api/v1/search?q=${encodeURIComponent("بلومبرغ")}`)).json();
  expect(search.claims.map((claim: { id: string }) => claim.id)).toContain(id);
  expect(search.sources[0].slug).toBe("bloomberg");

  const { claim, claimReview } = await (await request.get(`/api/v1/claims/${id}`)).json();
  expect(claim.incoming.map((link: { type: string }) => link.type).sort()).toEqual(["context", "denies"]);
  expect(claimReview.reviewRating.alternateName).toBe("غير مثبت");

  const story = await (await request.get(`/api/v1${DEMO_STORY_PATH}?order=newest`)).json();
  expect(story.events.map((event: { claim: { text: string } }) => event.claim.text)).toEqual([
    expect.stringContaining("الرياض"),
    expect.stringContaining("يجس نبض"),
  ]);
  const source = await (await request.get("/api/v1/sources/dmitry-peskov")).json();
  expect(source.trackRecord.denialsIssued).toBeGreaterThanOrEqual(1);
  const denialId = claim.incoming.find((link: { type: string }) => link.type === "denies").claim.id;
  expect(source.events.map((event: { claim: { id: string } }) => event.claim.id)).toContain(denialId);

  const draftId = await withE2eDatabase(async (db) => {
    const { rows } = await db.query(`SELECT id FROM "Source" WHERE slug = 'reuters'`);
    return insertRow(db, "Claim", { claimantId: rows[0].id, saidAt: new Date(), text: "مسودة عبر الواجهة", status: "draft", updatedAt: new Date() });
  });
  const missing = await request.get(`/api/v1/claims/${draftId}`, { headers: { "accept-language": "en" } });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.status).toBe(404);
});

test("JavaScript shipped per public route", async ({ page }, testInfo) => {
  const id = await reportId(page);
  const routes = {
    home: "/",
    story: DEMO_STORY_PATH,
    claim: `/claims/${id}`,
    source: "/sources/bloomberg",
    tag: `/tags/${encodeURIComponent("روسيا")}`,
    search: `/search?q=${encodeURIComponent("بلومبرغ")}`,
  };
  const sizes: Record<string, { scripts: number; bytes: number; gzipBytes: number }> = {};
  for (const [name, path] of Object.entries(routes)) {
    const context = await page.context().browser()!.newContext();
    const fresh = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    fresh.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    });
    await fresh.goto(path, { waitUntil: "networkidle" });
    const scripts = await Promise.all(bodies);
    sizes[name] = {
      scripts: scripts.length,
      bytes: scripts.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
    await context.close();
  }
  console.log(`JS per public route: ${JSON.stringify(sizes)}`);
  await testInfo.attach("js-per-route.json", { body: JSON.stringify(sizes, null, 2), contentType: "application/json" });
  // Pages render on the server and the page cache serves them without Next's runtime (lib/http/reader-html.ts):
  // the budget is 50 kB gzipped per public page, and today nothing at all loads.
  for (const [name, size] of Object.entries(sizes)) expect(size.gzipBytes, name).toBeLessThanOrEqual(50 * 1024);
});
