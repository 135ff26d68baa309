import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { uniqueSlug } from "@/lib/db/unique-slug";
import { recordRevision } from "@/lib/revisions/record-revision";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { defineUseCase } from "@/lib/use-case";
import { tagNames } from "@/lib/tags/tag-names";
import { cleanText, optionalText, storyStatusSchema } from "@/lib/validation/fields";

export const createStoryInput = z.object({
  title: cleanText(300),
  titleEn: optionalText(300),
  summary: optionalText(2000),
  slug: z
    .string()
    .regex(/^[\p{L}\p{N}-]+$/u, { error: "validation.choice" })
    .max(80)
    .optional(),
  status: storyStatusSchema.default("draft"),
  tags: tagNames,
});

/** Writes a new story with its tags and revision; shared by every way a story is created. */
export async function insertStory(tx: Tx, actor: Actor, input: z.output<typeof createStoryInput>) {
  const { tags, slug, ...fields } = input;
  const story = await tx.story.create({
    data: {
      ...fields,
      slug: await uniqueSlug(tx, "story", slug ?? input.titleEn ?? input.title, "story"),
      tags: { create: (await ensureTags(tx, actor, tags)).map((tagId) => ({ tagId })) },
    },
  });
  // The tags as stored: "أُوكرانيا" typed for an existing "أوكرانيا" is that tag.
  const storedTags = await tx.tag.findMany({ where: { stories: { some: { storyId: story.id } } }, select: { name: true }, orderBy: { name: "asc" } });
  await recordRevision(tx, actor, {
    entityType: "story",
    entityId: story.id,
    action: "create",
    after: { ...story, tags: storedTags.map((tag) => tag.name) },
  });
  return story;
}

/** A story: a timeline that groups claims. */
export const createStory = defineUseCase({
  action: "story.write",
  input: createStoryInput,
  run: ({ actor, input, tx }) => insertStory(tx, actor, input),
});
