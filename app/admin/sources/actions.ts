"use server";

import { redirect } from "next/navigation";
import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createSource } from "@/lib/sources/create-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { undoMerge } from "@/lib/sources/undo-merge";
import { updateSource } from "@/lib/sources/update-source";

const revalidate = ["/admin/sources"];
const sourcePage = (id: string, saved: string) => `/admin/sources/${id}?saved=${saved}`;

export async function createSourceAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(createSource, formValues(form) as never, { revalidate });
  if (state.status === "ok") redirect(sourcePage(state.result.id, "created"));
  return state;
}

export async function updateSourceAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(updateSource, formValues(form) as never, { revalidate });
  if (state.status === "ok") redirect(sourcePage(state.result.id, form.get("approve") === "true" ? "approved" : "updated"));
  return state;
}

export async function mergeSourcesAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(mergeSources, formValues(form) as never, { revalidate });
  if (state.status === "ok") redirect(sourcePage(state.result.kept.id, "merged"));
  return state;
}

export async function undoMergeAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(undoMerge, formValues(form) as never, { revalidate });
  if (state.status === "ok") redirect(sourcePage(state.result.duplicate.id, "unmerged"));
  return state;
}
