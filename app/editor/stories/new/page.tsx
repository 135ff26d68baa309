import type { Metadata } from "next";
import { StoryForm } from "@/components/editor/story-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { createStoryAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewStoryPage() {
  await requirePermission("story.write", "/editor/stories/new");
  const { t, prefs } = await getI18n();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editor.stories.new")}</h1>
      <StoryForm action={createStoryAction} messages={pickMessages(prefs.locale, ["editor."])} />
    </div>
  );
}
