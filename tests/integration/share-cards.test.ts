/**
 * Share cards on the worked example, compared pixel by pixel (pixelmatch,
 * with a tolerance for anti-aliasing) with the reference renderings in
 * tests/fixtures/cards/, which were looked at: Arabic joined and right to
 * left, Latin names and digits in their places. A card is drawn again when
 * what it shows changes. ISNAD_UPDATE_CARDS=1 writes the references anew
 * (look at them before committing).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadImage, createCanvas } from "@napi-rs/canvas";
import pixelmatch from "pixelmatch";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as claimCardRoute } from "@/app/(public)/claims/[id]/card.png/route";
import { GET as storyCardRoute } from "@/app/(public)/stories/[slug]/card.png/route";
import { systemActor } from "@/lib/auth/actor";
import { setVerdict } from "@/lib/claims/set-verdict";
import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { absoluteUrl } from "@/lib/reader/paths";
import { demoClaimIds } from "./reader-demo";

const REFERENCES = path.join(import.meta.dirname, "../fixtures/cards");
/** Share of pixels that may differ (anti-aliasing, a font hinting change), and how different a pixel must be to count. */
const TOLERANCE = { pixels: 0.005, threshold: 0.1 };

let ids: Awaited<ReturnType<typeof demoClaimIds>>;
beforeAll(async () => {
  await seedDemo();
  ids = await demoClaimIds();
});

const claimCard = async (id: string, lang = "") =>
  claimCardRoute(new Request(absoluteUrl(`/claims/${id}/card.png${lang}`)), { params: Promise.resolve({ id }) });
const storyCard = async (slug: string, lang = "") =>
  storyCardRoute(new Request(absoluteUrl(`/stories/${slug}/card.png${lang}`)), { params: Promise.resolve({ slug }) });

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** How much of `png` differs from the reference `name`, as a share of its pixels. */
async function differenceFrom(name: string, png: Buffer) {
  const file = path.join(REFERENCES, name);
  if (process.env.ISNAD_UPDATE_CARDS === "1" || !existsSync(file)) writeFileSync(file, png);
  const [actual, expected] = await Promise.all([pixels(png), pixels(readFileSync(file))]);
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const changed = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: TOLERANCE.threshold });
  return changed / (actual.width * actual.height);
}

const png = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  return Buffer.from(await response.arrayBuffer());
};

describe("share cards", () => {
  it("draw the report's card as the reference: 1200×630, verdict first, Arabic shaped", async () => {
    const card = await png(await claimCard(ids.report));
    expect(await pixels(card)).toMatchObject({ width: 1200, height: 630 });
    expect(await differenceFrom("report-ar.png", card)).toBeLessThan(TOLERANCE.pixels);
  });

  it("draw the story's card, and the English one left to right", async () => {
    expect(await differenceFrom("story-ar.png", await png(await storyCard(DEMO_STORY_SLUG)))).toBeLessThan(TOLERANCE.pixels);
    expect(await differenceFrom("report-en.png", await png(await claimCard(ids.report, "?lang=en")))).toBeLessThan(TOLERANCE.pixels);
  });

  it("are drawn again when the claim changes, and not otherwise", async () => {
    const before = await png(await claimCard(ids.report));
    expect((await png(await claimCard(ids.report))).equals(before)).toBe(true);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: ids.report } });
    const falseVerdict = await db().verdictLevel.findUniqueOrThrow({ where: { key: "false" } });
    await setVerdict(systemActor("share cards test"), {
      claimId: ids.report,
      version: claim.version,
      verdictId: falseVerdict.id,
      verdictReasoning: "لم يثبت شيء مما نُسب إلى الشخصين.",
      correction: { kind: "update", note: "غيّرنا الحكم بعد مراجعة المصادر." },
    });
    const after = await png(await claimCard(ids.report));
    expect(after.equals(before)).toBe(false);
    expect(await differenceFrom("report-ar.png", after)).toBeGreaterThan(TOLERANCE.pixels);
  });

  it("are not found for what readers cannot see", async () => {
    expect((await claimCard("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await storyCard("no-such-story")).status).toBe(404);
  });
});
