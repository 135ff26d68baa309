"use client";

import { useState } from "react";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import type { MessageKey } from "@/lib/i18n/messages";
import { applyMerge, chainText, mergeProposal, type AppearanceDraft, type ClaimDraft, type MergeField, type MergeSide } from "./claim-draft";

/** Display names of the users a draft refers to by id. */
type Names = Map<string, string>;

const FIELDS: Record<MergeField, { label: MessageKey; show: (draft: ClaimDraft, names: Names) => string }> = {
  claimant: { label: "editor.claim.claimant", show: (d) => d.claimant?.name ?? "" },
  saidAt: { label: "editor.claim.saidAt", show: (d) => `${d.saidAt} (${d.saidAtPrecision})` },
  text: { label: "editor.claim.text", show: (d) => d.text },
  summary: { label: "editor.claim.summary", show: (d) => d.summary },
  language: { label: "editor.claim.language", show: (d) => d.language },
  tags: { label: "editor.claim.tags", show: (d) => d.tags },
  stories: { label: "editor.claim.stories", show: (d) => d.stories.map((story) => story.title).join("، ") },
  status: { label: "editor.claim.status", show: (d) => d.status },
  assigneeId: { label: "editor.claim.assignee", show: (d, names) => names.get(d.assigneeId) ?? d.assigneeId },
  // The chain, then every row in full: a changed quote or link must be visible, not just the names.
  appearances: { label: "editor.claim.appearances", show: (d) => [chainText(d.appearances), ...d.appearances.map(describeAppearance)].join("\n") },
};

function describeAppearance(appearance: AppearanceDraft): string {
  return [appearance.source?.name ?? "…", appearance.title, appearance.url, appearance.quote && `«${appearance.quote}»`, appearance.publishedAt]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Both versions side by side, field by field, after someone else saved
 * first. Each field starts on the side a three-way merge proposes (theirs,
 * unless I changed it); "save the merge" puts the result in the form on top
 * of the newer version, so the next save goes through.
 */
export function ConflictMerge({
  base,
  mine,
  theirs,
  users,
  t,
  onMerge,
}: {
  /** What my draft was typed on: tells the fields I changed from those only they changed. */
  base: ClaimDraft;
  mine: ClaimDraft;
  theirs: ClaimDraft;
  users: { id: string; name: string }[];
  t: ReturnType<typeof clientTranslator>;
  onMerge: (merged: ClaimDraft) => void;
}) {
  const names: Names = new Map(users.map((user) => [user.id, user.name] as const));
  const proposal = mergeProposal(base, mine, theirs);
  const [chosen, setChosen] = useState<Partial<Record<MergeField, MergeSide>>>({});
  const sideOf = ({ field, proposed }: (typeof proposal)[number]) => chosen[field] ?? proposed;

  const merge = () => onMerge(applyMerge(mine, theirs, proposal.filter((entry) => sideOf(entry) === "theirs").map((entry) => entry.field)));

  return (
    <section className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4" data-testid="conflict-merge">
      <h2 className="text-lg font-bold">{t("editor.conflict.title")}</h2>
      <p>{t("editor.conflict.hint")}</p>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-start">
            <th className="p-1 text-start">{t("editor.conflict.field")}</th>
            <th className="p-1 text-start">{t("editor.conflict.mine")}</th>
            <th className="p-1 text-start">{t("editor.conflict.theirs")}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.map((entry) => (
            <tr key={entry.field} className="border-t border-amber-200 align-top">
              <th scope="row" className="p-1 text-start">
                {t(FIELDS[entry.field].label)}
              </th>
              {(["mine", "theirs"] as const).map((side) => (
                <td key={side} className="p-1">
                  <label className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`merge-${entry.field}`}
                      checked={sideOf(entry) === side}
                      onChange={() => setChosen({ ...chosen, [entry.field]: side })}
                    />
                    <bdi className="whitespace-pre-line" data-testid={`merge-${side}-${entry.field}`}>
                      {FIELDS[entry.field].show(side === "mine" ? mine : theirs, names)}
                    </bdi>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={merge} className="rounded bg-amber-600 px-4 py-2 font-semibold text-white">
        {t("editor.conflict.merge")}
      </button>
    </section>
  );
}
