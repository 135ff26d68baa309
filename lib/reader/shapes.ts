import type { Prisma } from "@/lib/db/client";
import { publicTagSelect } from "./claim-card";

// The public shapes of stories and sources, every field named (as claims'
// are in claim-card.ts): what a reader page, a feed or the public API may show.

/** A published story's own fields and tags. */
export const publicStorySelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  summary: true,
  updatedAt: true,
  tags: { select: { tag: { select: publicTagSelect } } },
} as const satisfies Prisma.StorySelect;

/** A story named in a line (a tag's stories, a claim's stories). */
export const storyReferenceSelect = { slug: true, title: true, titleEn: true, summary: true } as const satisfies Prisma.StorySelect;

/** What a source's public profile shows of it (its affiliation and affiliates are selected where it is read). */
export const publicSourceSelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  aliases: true,
  kind: true,
  description: true,
  url: true,
  country: true,
  credibility: true,
  credibilityReason: true,
  updatedAt: true,
} as const satisfies Prisma.SourceSelect;
