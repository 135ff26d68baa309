"use server";

import { redirect } from "next/navigation";
import { formPayload, formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { parseImport } from "@/lib/import/parse-import";
import { saveImport } from "@/lib/import/save-import";

/** Pasted text → a draft to review; writes nothing. */
export async function parseImportAction(_previous: FormState, form: FormData) {
  return runFormAction(parseImport, formValues(form) as never);
}

/** The reviewed draft, saved in one transaction; then the import's page lists what was created. */
export async function saveImportAction(_previous: FormState, form: FormData) {
  const state = await runFormAction(saveImport, formPayload(form) as never, { revalidate: ["/editor", "/editor/stories", "/"] });
  if (state.status === "ok") redirect(`/editor/import/${state.result.id}`);
  return state;
}
