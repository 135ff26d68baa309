import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedCode } from "@/components/editor/embed-code";
import { StoryForm } from "@/components/editor/story-form";
import { requirePermission } from "@/lib/auth/require-permission";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getDeskStory } from "@/lib/stories/get-desk-story";
import { updateStoryAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("story.write", `/editor/stories/${id}`);
  const { t, prefs } = await getI18n();
  const story = await getDeskStory(id);
  if (!story) notFound();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editor.stories.edit")}</h1>
      <StoryForm
        action={updateStoryAction}
        messages={pickMessages(prefs.locale, ["editor."])}
        story={story}
      />
      {story.status === "published" && <EmbedCode target={{ kind: "story", slug: story.slug }} title={story.title} locale={prefs.locale} t={t} />}
    </div>
  );
}
