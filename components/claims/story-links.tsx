import Link from "next/link";
import { storyPath } from "@/lib/reader/paths";
import type { Locale } from "@/lib/i18n/preferences";
import { LocalizedTitle } from "./user-text";

type Story = { slug: string; title: string; titleEn: string | null };

/** A list of stories as links; `anchor` jumps to one claim on each story's timeline. */
export function StoryLinks({ stories, locale, anchor }: { stories: Story[]; locale: Locale; anchor?: string }) {
  return (
    <ul className="list-disc space-y-1 ps-5">
      {stories.map((story) => (
        <li key={story.slug}>
          <Link href={`${storyPath(story.slug)}${anchor ? `#${anchor}` : ""}`}>
            <LocalizedTitle record={story} locale={locale} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
