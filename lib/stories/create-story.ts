import { z } from "zod";
import { uniqueSlug } from "@/lib/db/unique-slug";
import { recordRevision } from "@/lib/revisions/record-revision";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, optionalText } from "@/lib/validation/fields";

export const createStoryInput = z.object({
  title: cleanText(300),
  titleEn: optionalText(300),
  summary: optionalText(2000),
  slug: z
    .string()
    .regex(/^[\p{L}\p{N}-]+$/u, { error: "validation.choice" })
    .max(80)
    .optional(),
  status: z.enum(["draft", "published"]).default("draft"),
  tags: z.array(z.string().max(80)).max(30).default([]),
});

/** A story: a timeline that groups claims. */
export const createStory = defineUseCase({
  action: "story.write",
  input: createStoryInput,
  async run({ actor, input, tx }) {
    const { tags, slug, ...fields } = input;
    const story = await tx.story.create({
      data: {
        ...fields,
        slug: await uniqueSlug(tx, "story", slug ?? input.titleEn ?? input.title, "story"),
        tags: { create: (await ensureTags(tx, actor, tags)).map((tagId) => ({ tagId })) },
      },
    });
    await recordRevision(tx, actor, { entityType: "story", entityId: story.id, action: "create", after: { ...story, tags } });
    return story;
  },
});
