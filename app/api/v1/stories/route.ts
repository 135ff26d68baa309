import { apiList, apiMutation } from "@/lib/http/api-route";
import { storyListQuery } from "@/lib/reader/list-queries";
import { listPublicStories } from "@/lib/reader/list-public-stories";
import { createStory } from "@/lib/stories/create-story";

/** GET: published stories in sync order, a page at a time. */
export const GET = apiList(storyListQuery, listPublicStories);

/** POST: a new story, the timeline claims are filed under (201). */
export const POST = apiMutation(createStory, { status: 201 });
