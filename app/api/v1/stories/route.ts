import { apiMutation } from "@/lib/http/api-route";
import { createStory } from "@/lib/stories/create-story";

/** POST: a new story, the timeline claims are filed under (201). */
export const POST = apiMutation(createStory, { status: 201 });
