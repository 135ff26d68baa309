"use client";

import { Combobox, deskLookup } from "@/components/forms/combobox";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import type { StoryChoice } from "@/lib/stories/list-desk-stories";

const lookupStories = deskLookup("/editor/lookup/stories", (body) => (body as { stories: StoryChoice[] }).stories);

/**
 * The stories a claim (or an import) is filed under: the ones picked, each
 * with a way to take it out, and a search over every story (drafts too,
 * however old) to add one.
 */
export function StoryPicker({
  id,
  value,
  onChange,
  t,
  max,
}: {
  id: string;
  value: StoryChoice[];
  onChange: (stories: StoryChoice[]) => void;
  t: ReturnType<typeof clientTranslator>;
  /** At most this many (one, where one story is picked); the search gives way once it is reached. */
  max?: number;
}) {
  return (
    <div className="space-y-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" data-testid="picked-stories">
          {value.map((story) => (
            <li key={story.id} className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-1">
              <bdi>{story.title}</bdi>
              <button
                type="button"
                className="text-sm text-accent"
                aria-label={t("editor.story.remove", { title: story.title })}
                onClick={() => onChange(value.filter((picked) => picked.id !== story.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {(max === undefined || value.length < max) && (
      <Combobox<StoryChoice>
        id={id}
        lookup={lookupStories}
        optionKey={(story) => story.id}
        renderOption={(story) => <bdi>{story.title}</bdi>}
        onChoose={(story) => {
          if (!value.some((picked) => picked.id === story.id)) onChange([...value, story]);
        }}
        placeholder={t("editor.story.search")}
        noMatch={t("editor.story.noMatch")}
      />
      )}
    </div>
  );
}
