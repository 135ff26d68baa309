"use server";

import { formAction } from "@/lib/http/form-action";
import { createStory } from "@/lib/stories/create-story";
import { updateStory } from "@/lib/stories/update-story";

const revalidate = ["/editor/stories", "/"];

export const createStoryAction = formAction(createStory, { revalidate, redirectTo: (story) => `/editor/stories?created=${encodeURIComponent(story.slug)}` });
export const updateStoryAction = formAction(updateStory, { revalidate, redirectTo: (story) => `/editor/stories?updated=${encodeURIComponent(story.slug)}` });
