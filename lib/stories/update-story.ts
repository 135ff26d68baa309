import { AppError, notFound } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { defineUseCase } from "@/lib/use-case";
import { id, version } from "@/lib/validation/fields";
import { createStoryInput } from "./create-story";

export const updateStoryInput = createStoryInput.omit({ slug: true }).extend({
  id,
  version,
});

const storyState = { include: { tags: { select: { tag: { select: { name: true } } } } } } as const;

/** Retitles, summarizes, publishes or unpublishes a story, and retags it (409 if someone saved first). */
export const updateStory = defineUseCase({
  action: "story.write",
  input: updateStoryInput,
  async run({ actor, input, tx }) {
    const { id: storyId, version, tags, ...fields } = input;
    const before = await tx.story.findUnique({ where: { id: storyId }, ...storyState });
    if (!before) throw notFound("story");
    const { count } = await tx.story.updateMany({ where: { id: storyId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new AppError(409, "error.conflict", { data: { current: before } });
    await tx.storyTag.deleteMany({ where: { storyId } });
    await tx.storyTag.createMany({ data: (await ensureTags(tx, actor, tags)).map((tagId) => ({ storyId, tagId })) });
    const after = await tx.story.findUniqueOrThrow({ where: { id: storyId }, ...storyState });
    await recordRevision(tx, actor, { entityType: "story", entityId: storyId, action: "update", before, after });
    return after;
  },
});
