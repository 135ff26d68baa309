import { authorize } from "@/lib/auth/actor";
import { apiRoute } from "@/lib/http/api-route";
import { suggestStories } from "@/lib/stories/list-desk-stories";

export const dynamic = "force-dynamic";

/** The claim form's story picker's suggestions (lib/stories/list-desk-stories.ts). */
export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim.readDraft");
  return { stories: await suggestStories(request.nextUrl.searchParams.get("q") ?? "") };
});
