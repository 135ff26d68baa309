"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import { STORY_STATUSES } from "@/lib/vocabulary";

type StoryValues = { title?: string; titleEn?: string | null; summary?: string | null; tags?: string; status?: string };

/** A story (the timeline claims are filed under): a new one, or an existing one at the version shown. */
export function StoryForm<Result>({
  action,
  messages,
  story,
}: {
  action: FormAction<Result>;
  messages: ClientMessages;
  story?: StoryValues & { id: string; version: number };
}) {
  const t = clientTranslator(messages);
  const [state, formAction] = useActionState(action, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : {};
  // After a refused save, what was sent; before, the story as stored.
  const typed = (name: keyof StoryValues) => {
    const value = state.status === "error" ? state.values?.[name] : story?.[name];
    return typeof value === "string" ? value : undefined;
  };
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      {story && (
        <>
          <input type="hidden" name="id" value={story.id} />
          <input type="hidden" name="version" value={story.version} />
        </>
      )}
      <TextField label={t("editor.stories.titleField")} name="title" errors={errors.title} dir="auto" defaultValue={typed("title")} required />
      <TextField label={t("editor.stories.titleEn")} name="titleEn" errors={errors.titleEn} dir="ltr" defaultValue={typed("titleEn")} />
      <TextAreaField label={t("editor.stories.summary")} name="summary" errors={errors.summary} defaultValue={typed("summary")} />
      <TextField label={t("editor.claim.tags")} name="tags" errors={errors.tags} hint={t("editor.claim.tagsHint")} dir="auto" defaultValue={typed("tags")} />
      <SelectField
        label={t("editor.stories.status")}
        name="status"
        errors={errors.status}
        defaultValue={typed("status") ?? "published"}
        options={STORY_STATUSES.map((status) => ({ value: status, label: t(`editor.stories.${status}`) }))}
      />
      <SubmitButton label={t(story ? "editor.claim.save" : "editor.stories.create")} />
    </form>
  );
}
