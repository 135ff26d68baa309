"use server";

import { formAction } from "@/lib/http/form-action";
import { createSource } from "@/lib/sources/create-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { undoMerge } from "@/lib/sources/undo-merge";
import { updateSource } from "@/lib/sources/update-source";

const revalidate = ["/admin/sources"];
const sourcePage = (id: string, saved: string) => `/admin/sources/${id}?saved=${saved}`;

export const createSourceAction = formAction(createSource, { revalidate, redirectTo: (source) => sourcePage(source.id, "created") });
export const updateSourceAction = formAction(updateSource, {
  revalidate,
  redirectTo: (source, form) => sourcePage(source.id, form.get("approve") === "true" ? "approved" : "updated"),
});
export const mergeSourcesAction = formAction(mergeSources, { revalidate, redirectTo: ({ kept }) => sourcePage(kept.id, "merged") });
export const undoMergeAction = formAction(undoMerge, { revalidate, redirectTo: ({ duplicate }) => sourcePage(duplicate.id, "unmerged") });
