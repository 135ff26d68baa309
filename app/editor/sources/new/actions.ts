"use server";

import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createSource } from "@/lib/sources/create-source";

/** An editor's proposed source: usable at once, marked "proposed" until an admin reviews it. */
export async function proposeSourceFormAction(_previous: FormState, form: FormData) {
  return runFormAction(createSource, formValues(form) as never, { revalidate: ["/admin/sources"] });
}
