import { db } from "@/lib/db/client";
import { isRecordId } from "@/lib/validation/path-segments";

/** A story as its edit form takes it: every field, and its tags as one comma-separated line. */
export async function getDeskStory(id: string) {
  if (!isRecordId(id)) return null;
  const story = await db().story.findFirst({
    where: { id, deletedAt: null },
    include: { tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } } },
  });
  return story && { ...story, tags: story.tags.map((entry) => entry.tag.name).join("، ") };
}
