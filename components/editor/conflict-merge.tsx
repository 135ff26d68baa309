"use client";

import { useState } from "react";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import type { MessageKey } from "@/lib/i18n/messages";
import { chainText, snapshotToDraft, type ClaimDraft } from "./claim-draft";

type MergeField = { key: keyof ClaimDraft; label: MessageKey; show: (draft: ClaimDraft) => string };

const FIELDS: MergeField[] = [
  { key: "claimant", label: "editor.claim.claimant", show: (d) => d.claimant?.name ?? "" },
  { key: "saidAt", label: "editor.claim.saidAt", show: (d) => `${d.saidAt} (${d.saidAtPrecision})` },
  { key: "text", label: "editor.claim.text", show: (d) => d.text },
  { key: "summary", label: "editor.claim.summary", show: (d) => d.summary },
  { key: "language", label: "editor.claim.language", show: (d) => d.language },
  { key: "tags", label: "editor.claim.tags", show: (d) => d.tags },
  { key: "storyIds", label: "editor.claim.stories", show: (d) => String(d.storyIds.length) },
  { key: "status", label: "editor.claim.status", show: (d) => d.status },
  { key: "assigneeId", label: "editor.claim.assignee", show: (d) => d.assigneeId },
  { key: "appearances", label: "editor.claim.appearances", show: (d) => chainText(d.appearances) },
];

/**
 * Both versions side by side, field by field, after someone else saved
 * first. The editor picks per field; "save the merge" puts the result in the
 * form on top of the newer version, so the next save goes through.
 */
export function ConflictMerge({
  mine,
  theirs: theirsSnapshot,
  t,
  onMerge,
}: {
  mine: ClaimDraft;
  theirs: Record<string, unknown>;
  t: ReturnType<typeof clientTranslator>;
  onMerge: (merged: ClaimDraft) => void;
}) {
  const theirs = snapshotToDraft(theirsSnapshot as Parameters<typeof snapshotToDraft>[0]);
  const differing = FIELDS.filter((field) => field.show(mine) !== field.show(theirs));
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>({});

  const merge = () => {
    const merged = { ...mine };
    for (const field of differing) {
      if (choice[field.key] === "theirs") {
        Object.assign(merged, { [field.key]: theirs[field.key] }, field.key === "saidAt" ? { saidAtPrecision: theirs.saidAtPrecision } : {});
      }
    }
    onMerge(merged);
  };

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
          {differing.map((field) => (
            <tr key={field.key} className="border-t border-amber-200 align-top">
              <th scope="row" className="p-1 text-start">
                {t(field.label)}
              </th>
              {(["mine", "theirs"] as const).map((side) => (
                <td key={side} className="p-1">
                  <label className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`merge-${field.key}`}
                      checked={(choice[field.key] ?? "mine") === side}
                      onChange={() => setChoice({ ...choice, [field.key]: side })}
                    />
                    <bdi data-testid={`merge-${side}-${field.key}`}>{field.show(side === "mine" ? mine : theirs)}</bdi>
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
