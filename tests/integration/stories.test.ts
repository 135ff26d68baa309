import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createStory } from "@/lib/stories/create-story";
import { getDeskStory } from "@/lib/stories/get-desk-story";
import { updateStory } from "@/lib/stories/update-story";
import { actorWithRole } from "./actors";

describe("stories", () => {
  it("creates from a form's comma-separated tags and publishes on update, with revisions", async () => {
    const editor = await actorWithRole("editor");
    const story = await createStory(editor, { title: "قصة", tags: "روسيا، أوكرانيا" });
    expect(story.status).toBe("draft");
    const updated = await updateStory(editor, { id: story.id, version: story.version, title: "قصة منشورة", status: "published", tags: "روسيا" });
    expect(updated.status).toBe("published");
    expect(updated.tags.map((entry) => entry.tag.name)).toEqual(["روسيا"]);
    expect((await db().revision.findMany({ where: { entityId: story.id } })).map((r) => r.action)).toEqual(["create", "update"]);
  });

  it("refuses a save over a newer version with 409 and keeps the newer one", async () => {
    const editor = await actorWithRole("editor");
    const story = await createStory(editor, { title: "الأصل" });
    await updateStory(editor, { id: story.id, version: story.version, title: "الأحدث" });
    await expect(updateStory(editor, { id: story.id, version: story.version, title: "القديم" })).rejects.toMatchObject({ status: 409 });
    expect((await db().story.findUniqueOrThrow({ where: { id: story.id } })).title).toBe("الأحدث");
  });

  it("gives the edit form its story with the tags on one line, and no story for a path that is not an id", async () => {
    const editor = await actorWithRole("editor");
    const story = await createStory(editor, { title: "قصة للتحرير", tags: "روسيا، الولايات المتحدة" });
    expect((await getDeskStory(story.id))?.tags).toBe("الولايات المتحدة، روسيا");
    await expect(getDeskStory("not-an-id")).resolves.toBeNull();
  });
});
