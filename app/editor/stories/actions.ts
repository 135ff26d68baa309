"use server";

import { redirect } from "next/navigation";
import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createStory } from "@/lib/stories/create-story";

export async function createStoryAction(_previous: FormState, form: FormData) {
  const values = formValues(form);
  const tags = typeof values.tags === "string" ? values.tags.split(/[,،\n]/).map((tag) => tag.trim()).filter(Boolean) : [];
  const state = await runFormAction(createStory, { ...values, tags } as never, { revalidate: ["/editor/stories", "/"] });
  if (state.status === "ok") redirect(`/editor/stories?created=${encodeURIComponent(state.result.slug)}`);
  return state;
}
