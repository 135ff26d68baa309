"use server";

import { redirect } from "next/navigation";
import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createStory } from "@/lib/stories/create-story";
import { updateStory } from "@/lib/stories/update-story";

export async function createStoryAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(createStory, formValues(form) as never, { revalidate: ["/editor/stories", "/"] });
  if (state.status === "ok") redirect(`/editor/stories?created=${encodeURIComponent(state.result.slug)}`);
  return state;
}

export async function updateStoryAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(updateStory, formValues(form) as never, { revalidate: ["/editor/stories", "/"] });
  if (state.status === "ok") redirect(`/editor/stories?updated=${encodeURIComponent(state.result.slug)}`);
  return state;
}
