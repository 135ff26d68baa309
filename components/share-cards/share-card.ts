// Share cards: the 1200×630 image social timelines show for a public claim or
// story (Open Graph / Twitter). Drawn with @napi-rs/canvas, whose Skia text
// shaping joins Arabic letters and orders mixed Arabic, Latin and digits by
// the bidi algorithm (Satori cannot), in the bundled IBM Plex Sans Arabic.
// The verdict leads, in its colour and with a shape that says the same in
// greyscale.
import path from "node:path";
import { createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import type { Locale } from "@/lib/i18n/preferences";
import { verdictShape, type VerdictShape } from "@/lib/reader/verdict-mark";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FAMILY = "Isnad Card";
const FONT_FILES = path.join(process.cwd(), "node_modules/@fontsource/ibm-plex-sans-arabic/files");
let fontsLoaded = false;

/** The bundled font, Arabic and Latin subsets, regular and bold, under one family name. */
function loadFonts() {
  if (fontsLoaded) return;
  for (const subset of ["arabic", "latin"]) {
    for (const weight of [400, 700]) GlobalFonts.registerFromPath(path.join(FONT_FILES, `ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`), FAMILY);
  }
  fontsLoaded = true;
}

const INK = "#1c1917";
const MUTED = "#57534e";
const MARGIN = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

export type CardVerdict = { key: string; ratingValue: number; color: string; label: string; reason: string | null };

export type ShareCardContent = {
  locale: Locale;
  /** The verdict band at the top; a card without one opens with the kicker instead. */
  verdict: CardVerdict | null;
  kicker: string;
  /** Who said it, and when. */
  byline: string;
  /** The claim's words or the story's title. */
  headline: string;
  /** The answer to it: "نفاه الكرملين في اليوم نفسه: …", or a story's summary. */
  answer: string | null;
  /** The attribution chain, "كويت نيوز نقلًا عن رويترز…". */
  chain: string | null;
  footer: string;
};

/** `text` cut into lines no wider than `width` (by whole words), at most `maxLines`, the last ending in "…" if cut. */
function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (line && lines.length === maxLines) {
    let last = lines[maxLines - 1]!;
    while (last.includes(" ") && ctx.measureText(`${last} …`).width > width) last = last.slice(0, last.lastIndexOf(" "));
    lines[maxLines - 1] = `${last} …`;
  }
  return lines;
}

/** The verdict's shape, drawn (no font needed): white on its colour, inside a circle. */
function drawMark(ctx: SKRSContext2D, shape: VerdictShape, cx: number, cy: number, radius: number, color: string) {
  ctx.save();
  ctx.fillStyle = "#ffffff";
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = radius * 0.22;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  const r = radius * 0.5;
  ctx.beginPath();
  switch (shape) {
    case "check":
      ctx.moveTo(cx - r, cy);
      ctx.lineTo(cx - r * 0.25, cy + r * 0.7);
      ctx.lineTo(cx + r, cy - r * 0.6);
      ctx.stroke();
      break;
    case "cross":
      ctx.moveTo(cx - r * 0.8, cy - r * 0.8);
      ctx.lineTo(cx + r * 0.8, cy + r * 0.8);
      ctx.moveTo(cx + r * 0.8, cy - r * 0.8);
      ctx.lineTo(cx - r * 0.8, cy + r * 0.8);
      ctx.stroke();
      break;
    case "warning":
      ctx.moveTo(cx, cy - r);
      ctx.lineTo(cx + r, cy + r * 0.8);
      ctx.lineTo(cx - r, cy + r * 0.8);
      ctx.closePath();
      ctx.fill();
      break;
    case "mixed":
      ctx.arc(cx, cy, r, -Math.PI / 2, Math.PI / 2);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case "partial":
      ctx.moveTo(cx, cy);
      ctx.arc(cx, cy, r, -Math.PI / 2, Math.PI);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case "question":
      ctx.font = `700 ${Math.round(radius * 1.3)}px "${FAMILY}"`;
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.direction = "ltr";
      ctx.fillText("?", cx, cy + radius * 0.05);
      break;
  }
  ctx.restore();
}

/** The card as a PNG. */
export function renderShareCard(card: ShareCardContent): Buffer {
  loadFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext("2d");
  const rtl = card.locale === "ar";
  const start = rtl ? CARD_WIDTH - MARGIN : MARGIN;
  const font = (weight: 400 | 700, size: number) => `${weight} ${size}px "${FAMILY}"`;
  const write = (text: string, y: number, weight: 400 | 700, size: number, color: string, x = start) => {
    ctx.font = font(weight, size);
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  };
  ctx.direction = rtl ? "rtl" : "ltr";
  ctx.textAlign = "start";
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);

  // The band: the verdict's colour, its shape and label, and its reason in one line.
  const band = 150;
  const color = card.verdict?.color ?? "#0f5f5a";
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, CARD_WIDTH, band);
  if (card.verdict) {
    const radius = 40;
    const markX = rtl ? CARD_WIDTH - MARGIN - radius : MARGIN + radius;
    drawMark(ctx, verdictShape(card.verdict), markX, 70, radius, color);
    const labelX = rtl ? markX - radius - 24 : markX + radius + 24;
    write(card.verdict.label, 88, 700, 56, "#ffffff", labelX);
    if (card.verdict.reason) {
      ctx.font = font(400, 24);
      const [reason] = wrap(ctx, card.verdict.reason, TEXT_WIDTH - 2 * radius - 24, 1);
      write(reason!, 132, 400, 24, "#ffffff", labelX);
    }
  } else {
    write(card.kicker, 92, 700, 44, "#ffffff");
  }

  let y = band + 62;
  write(card.byline, y, 700, 32, INK);
  y += 22;
  ctx.font = font(400, 40);
  for (const line of wrap(ctx, card.headline, TEXT_WIDTH, card.answer ? 3 : 4)) {
    y += 54;
    write(line, y, 400, 40, INK);
  }
  if (card.answer) {
    y += 24;
    ctx.font = font(700, 30);
    for (const line of wrap(ctx, card.answer, TEXT_WIDTH, 2)) {
      y += 42;
      write(line, y, 700, 30, MUTED);
    }
  }

  // The foot: where it came from, and whose check this is.
  ctx.fillStyle = "#e7e5e4";
  ctx.fillRect(MARGIN, CARD_HEIGHT - 96, TEXT_WIDTH, 2);
  ctx.font = font(400, 24);
  if (card.chain) write(wrap(ctx, card.chain, TEXT_WIDTH - 260, 1)[0]!, CARD_HEIGHT - 50, 400, 24, MUTED);
  ctx.textAlign = "end";
  write(card.footer, CARD_HEIGHT - 50, 700, 28, color === "#ffffff" ? INK : color, rtl ? MARGIN : CARD_WIDTH - MARGIN);
  ctx.textAlign = "start";
  return canvas.toBuffer("image/png");
}
