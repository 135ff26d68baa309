import { LRUCache } from "lru-cache";
import { cardVersion } from "./card-content";
import { renderShareCard, type ShareCardContent } from "./share-card";

/** Rendered cards, by what they show: a changed claim has new content, so a new card; the old one ages out. */
const cards = new LRUCache<string, Buffer>({ max: 200 });

export function shareCardPng(content: ShareCardContent): Buffer {
  const key = cardVersion(content);
  const cached = cards.get(key);
  if (cached) return cached;
  const png = renderShareCard(content);
  cards.set(key, png);
  return png;
}

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
